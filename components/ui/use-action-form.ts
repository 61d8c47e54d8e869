"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult, FormAction, FormValues } from "@/lib/actions/result";

// The one form hook: React 19 useActionState + react-hook-form + the feature's zod schema.
// With JavaScript, react-hook-form checks the fields in the browser and the form posts its FormData
// to the server action through the transition. Without JavaScript (or before hydration) the <form>
// posts to the same server action natively: `formProps.action` is always the action, never a URL,
// so nothing typed can end up in a GET query. Either way the server validates again, and a refused
// form comes back with its messages beside the fields and what was typed (secrets excepted).

type Defaults = Record<string, string | string[] | boolean | undefined>;
const SECRET_FIELD = /password|smscode|captcha|otp|^code$/i;

function serverErrors(state: ActionResult<unknown> | null): FieldErrors<FieldValues> | undefined {
  if (!state || state.ok) return undefined;
  const errors: FieldErrors<FieldValues> = {};
  for (const [name, message] of Object.entries(state.fieldErrors)) errors[name] = { type: "server", message };
  return errors;
}

export interface ActionFormOptions<T> {
  schema: z.ZodType;
  action: FormAction<T>;
  defaults?: Defaults;
  onSuccess?: (result: Extract<ActionResult<T>, { ok: true }>) => void;
  onFailure?: (result: Extract<ActionResult<T>, { ok: false }>) => void;
}

export function useActionForm<T>({ schema, action, defaults = {}, onSuccess, onFailure }: ActionFormOptions<T>) {
  const [state, formAction, pending] = useActionState(action, null);
  const echoed: FormValues = state && !state.ok ? state.values : {};
  const initial: Defaults = { ...defaults, ...echoed };
  const form = useForm<FieldValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    defaultValues: initial,
    mode: "onTouched",
    errors: serverErrors(state as ActionResult<unknown> | null),
  });

  // After each answer of the server: secrets are cleared on failure, callbacks run once.
  const handled = useRef<unknown>(null);
  useEffect(() => {
    if (!state || handled.current === state) return;
    handled.current = state;
    if (state.ok) onSuccess?.(state);
    else {
      for (const name of Object.keys(form.getValues())) if (SECRET_FIELD.test(name)) form.setValue(name, "");
      onFailure?.(state);
    }
  }, [state, form, onSuccess, onFailure]);

  const onSubmit = form.handleSubmit((_values, event) => {
    const target = event?.target;
    if (!(target instanceof HTMLFormElement)) return;
    const data = new FormData(target);
    startTransition(() => formAction(data));
  });

  const errorOf = (name: string): string | undefined => {
    const error = form.formState.errors[name];
    return typeof error?.message === "string" ? error.message : undefined;
  };
  // Initial values rendered on the server as well (react-hook-form fills fields only in the
  // browser): without JavaScript the fields still show the account's data and the echo.
  const valueOf = (name: string): string => {
    const v = initial[name];
    return typeof v === "string" ? v : "";
  };
  const isChecked = (name: string, value?: string) => {
    const v = initial[name];
    if (value === undefined) return v === true || v === "on" || v === "true";
    return Array.isArray(v) ? v.includes(value) : v === value;
  };
  const field = (name: string) => ({ ...form.register(name), defaultValue: valueOf(name), error: errorOf(name) });
  const hidden = (name: string) => ({ ...form.register(name), defaultValue: valueOf(name) });
  const choice = (name: string) => (value: string) => ({ ...form.register(name), defaultChecked: isChecked(name, value) });
  const checkbox = (name: string) => ({ ...form.register(name), defaultChecked: isChecked(name), error: errorOf(name) });

  return {
    form,
    state,
    pending,
    formProps: { action: formAction, onSubmit, noValidate: true },
    errorOf,
    field,
    hidden,
    choice,
    checkbox,
  };
}

"use client";

import { startTransition, useActionState } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

export type FormAction<T = unknown> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T> | null>;
type Values = Record<string, string | boolean | undefined>;

function serverErrors(state: ActionResult<unknown> | null): FieldErrors<FieldValues> | undefined {
  if (!state || state.ok || !state.fieldErrors) return undefined;
  const errors: FieldErrors<FieldValues> = {};
  for (const [name, message] of Object.entries(state.fieldErrors)) errors[name] = { type: "server", message };
  return errors;
}

// react-hook-form validates with the shared zod schema in the browser; the form then posts its FormData
// to the server action, which validates again. Without JavaScript the form posts straight to the action
// (the action's echo of the values refills the fields). Field errors from either side sit beside the fields.
export function useActionForm<T>(schema: z.ZodType, action: FormAction<T>, defaults: Values) {
  const [state, formAction, pending] = useActionState(action, null);
  const initial = state && !state.ok && state.values ? { ...defaults, ...state.values } : defaults;
  const form = useForm<Values>({
    resolver: zodResolver(schema as never) as unknown as Resolver<Values>,
    defaultValues: initial,
    mode: "onTouched",
    errors: serverErrors(state),
  });
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
  // Server-rendered initial values (react-hook-form fills fields only in the browser): without
  // JavaScript the fields still show the account's data, the echo of a refused form and the form key.
  const valueOf = (name: string) => {
    const v = initial[name];
    return typeof v === "string" ? v : "";
  };
  const field = (name: string) => ({ ...form.register(name), defaultValue: valueOf(name) });
  const radio = (name: string) => (value: string) => ({ ...form.register(name), defaultChecked: valueOf(name) === value });
  const checkbox = (name: string) => ({ ...form.register(name), defaultChecked: initial[name] === true || initial[name] === "on" });
  return { form, state, pending, formAction, onSubmit, errorOf, field, radio, checkbox };
}

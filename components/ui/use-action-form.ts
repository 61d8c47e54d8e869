"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { createElement, startTransition, useActionState, useEffect, useLayoutEffect, useRef, useState, useTransition } from "react";
import { useForm, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult, FormAction, FormValues } from "@/lib/actions/result";
import { FORM_NAME_FIELD } from "@/lib/actions/input";
import { useFormReply } from "./form-reply";

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
  // The form's name on its page (unique there): a form posted without JavaScript is answered by name.
  name: string;
  // A route handler the form always posts to as a new document (login, registration: lib/actions/form-post.ts).
  post?: string;
  // The form carries a file (components/ui/file-upload.tsx): posted natively to `post`, it must be multipart.
  // (A form whose action is the server action is made multipart by React itself.)
  multipart?: boolean;
  schema: z.ZodType;
  action: FormAction<T>;
  defaults?: Defaults;
  onSuccess?: (result: Extract<ActionResult<T>, { ok: true }>) => void;
  onFailure?: (result: Extract<ActionResult<T>, { ok: false }>) => void;
}

export function useActionForm<T>({ name, post, multipart, schema, action, defaults = {}, onSuccess, onFailure }: ActionFormOptions<T>) {
  // Without JavaScript (or before it runs) the browser posts the form to the server action, which
  // answers on this page by the form's name (useFormReply). With JavaScript the action is called in a
  // transition: a redirect it throws is followed by Next's router, also after an earlier refusal.
  const reply = useFormReply<T>(name);
  const [nativeState, formAction, nativePending] = useActionState(action, reply);
  const [scriptState, setScriptState] = useState<ActionResult<T> | null>(null);
  const [scriptPending, startScript] = useTransition();
  const state = scriptState ?? nativeState;
  const pending = nativePending || scriptPending;
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

  // Next keeps a page the user left in the DOM (hidden) to restore it on 返回: typed secrets do not stay there.
  useLayoutEffect(
    () => () => {
      for (const name of Object.keys(form.getValues())) if (SECRET_FIELD.test(name)) form.setValue(name, "");
    },
    [form],
  );

  const [posting, setPosting] = useState(false);
  const onSubmit = form.handleSubmit((_values, event) => {
    const target = event?.target;
    if (!(target instanceof HTMLFormElement)) return;
    if (post) {
      // Checked in the browser: now the browser posts it itself.
      setPosting(true);
      target.submit();
      return;
    }
    // The pressed button's name and value travel as in a native post (发布需求: 提交 / 继续提交 / 返回修改).
    const submitter = (event?.nativeEvent as SubmitEvent | undefined)?.submitter;
    const data = submitter instanceof HTMLButtonElement && submitter.name && submitter.form === target ? new FormData(target, submitter) : new FormData(target);
    startScript(async () => {
      const result = await action(state, data);
      startTransition(() => setScriptState(result));
    });
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
  // A hidden value known when the page renders (a form key, a return path). A hidden value set in the
  // browser (the human check's payload) is registered without one: React would write the default
  // back into a hidden input on every render.
  const hidden = (name: string) => ({ ...form.register(name), defaultValue: valueOf(name) });
  const choice = (name: string) => (value: string) => ({ ...form.register(name), defaultChecked: isChecked(name, value) });
  const checkbox = (name: string) => ({ ...form.register(name), defaultChecked: isChecked(name), error: errorOf(name) });

  return {
    form,
    state,
    pending: pending || posting,
    formProps: post ? { action: post, method: "post", ...(multipart ? { encType: "multipart/form-data" } : {}), onSubmit, noValidate: true } : { action: formAction, onSubmit, noValidate: true },
    // Rendered inside the <form>: how its server action knows which form to answer.
    formName: createElement("input", { type: "hidden", name: FORM_NAME_FIELD, value: name }),
    errorOf,
    field,
    hidden,
    choice,
    checkbox,
  };
}

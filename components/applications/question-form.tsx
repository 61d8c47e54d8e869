"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { TextAreaField } from "./form-fields";
import { FormStatus } from "./form-status";

type Action = (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown> | null>;

// 咨询 on a product page, and the console's answer form: one text box and a button.
export function TextMessageForm({
  action,
  id,
  name,
  label,
  button,
  hint,
}: {
  action: Action;
  id: string;
  name: string;
  label: string;
  button: string;
  hint?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-3" key={state?.ok ? "sent" : "draft"}>
      <TextAreaField
        id={id}
        name={name}
        label={label}
        required
        maxLength={1000}
        hint={hint}
        defaultValue={failed?.values?.[name] ?? ""}
        error={failed?.fieldErrors?.[name]}
      />
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className="h-10 rounded bg-brand-700 px-5 text-white hover:bg-brand-800 disabled:opacity-70">
        {pending ? "提交中…" : button}
      </button>
    </form>
  );
}

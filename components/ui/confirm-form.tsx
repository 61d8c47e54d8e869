"use client";

import { useMemo } from "react";
import { z } from "zod";
import type { FormAction } from "@/lib/actions/result";
import { declarationSchema } from "@/lib/validation/fields";
import { CheckboxField } from "./choice-fields";
import { FormStatus, SubmitButton } from "./form-status";
import { useActionForm } from "./use-action-form";

// An irreversible step of a console (重置密码, 下架机构): behind a disclosure, what will happen, a box to tick and a
// danger button. Works without JavaScript; the action's schema requires the same `confirm` field, so the server
// refuses a post without it (`message` is what both say).
export function ConfirmForm({
  name,
  summary,
  srLabel,
  text,
  checkboxLabel,
  submitLabel,
  message,
  action,
  compact = false,
}: {
  name: string; // unique on the page
  summary: string;
  srLabel?: string; // appended for screen readers, e.g. whose password
  text: React.ReactNode;
  checkboxLabel: string;
  submitLabel: string;
  message: string;
  action: FormAction;
  compact?: boolean; // inside a table cell
}) {
  const schema = useMemo(() => z.object({ confirm: declarationSchema(message) }), [message]);
  const { state, pending, formProps, formName, checkbox } = useActionForm({ name, schema, action });
  return (
    <details className={compact ? undefined : "rounded border border-red-200 bg-red-50/50 p-3"} open={state?.ok === false || undefined}>
      <summary className={compact ? "min-h-11 cursor-pointer py-2 text-brand-700 underline" : "min-h-11 cursor-pointer py-2 font-medium text-red-800"}>
        {summary}
        {srLabel ? <span className="sr-only">：{srLabel}</span> : null}
      </summary>
      <form {...formProps} className={compact ? "mt-2 w-64 space-y-2 whitespace-normal" : "mt-2 space-y-3"} aria-label={`${summary}${srLabel ? `：${srLabel}` : ""}`}>
        {formName}
        <p className="text-sm text-slate-800">{text}</p>
        <CheckboxField id={`${name}-confirm`} {...checkbox("confirm")}>{checkboxLabel}</CheckboxField>
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">{submitLabel}</SubmitButton>
      </form>
    </details>
  );
}

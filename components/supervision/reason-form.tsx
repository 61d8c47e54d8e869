"use client";

import { TextAreaField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { reasonSchema, takeDownSchema } from "@/lib/org-products/schema";
import { CheckboxField } from "@/components/ui/choice-fields";

// 退回 / 下架 a product: behind a disclosure, with the reason the institution's 管理员 reads. 下架 (`confirmation`:
// the box's label) also asks for a ticked confirmation, which its action requires too (takeDownSchema).
export function ReasonForm({ name, title, confirm, confirmation, action }: { name: string; title: string; confirm: string; confirmation?: string; action: FormAction }) {
  const { state, pending, formProps, formName, field, checkbox } = useActionForm({ name, schema: confirmation ? takeDownSchema : reasonSchema, action, defaults: { reason: "" } });
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3" open={state?.ok === false || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-red-800">{title}</summary>
      <form {...formProps} className="mt-2 space-y-3" aria-label={confirm}>
        {formName}
        <TextAreaField id={`${name}-reason`} label="原因" required maxLength={200} hint="机构管理员将在消息中心看到此原因" {...field("reason")} />
        {confirmation ? <CheckboxField id={`${name}-confirm`} {...checkbox("confirm")}>{confirmation}</CheckboxField> : null}
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">{confirm}</SubmitButton>
      </form>
    </details>
  );
}

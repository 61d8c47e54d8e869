"use client";

import type { FormAction } from "@/lib/actions/result";
import { withdrawSchema } from "@/lib/demands/schema";
import { CheckboxField } from "@/components/ui/choice-fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 撤回 asks for confirmation first: a disclosure and a box to tick (works without JavaScript).
export function WithdrawDemandForm({ number, action }: { number: string; action: FormAction }) {
  const { state, pending, formProps, formName, checkbox } = useActionForm({ name: "withdraw-demand", schema: withdrawSchema, action });
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3">
      <summary className="cursor-pointer font-medium text-red-800">撤回需求</summary>
      <form {...formProps} className="mt-3 space-y-3">
        {formName}
        <p className="text-sm text-slate-800">
          确定要撤回需求 <strong>{number}</strong> 吗？撤回后需求将关闭，金融机构不再接单，且不能恢复；如仍需融资，请重新发布。
        </p>
        <CheckboxField id="confirm" {...checkbox("confirm")}>我确认撤回该需求</CheckboxField>
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">确认撤回</SubmitButton>
      </form>
    </details>
  );
}

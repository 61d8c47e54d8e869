"use client";

import type { FormAction } from "@/lib/actions/result";
import { DECISION_SCHEMAS } from "@/lib/applications/schema";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 撤回 asks for confirmation first: a disclosure that works without JavaScript.
export function WithdrawForm({ number, action }: { number: string; action: FormAction }) {
  const { state, pending, formProps, formName } = useActionForm({ name: "withdraw", schema: DECISION_SCHEMAS.WITHDRAW, action });
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3">
      <summary className="cursor-pointer font-medium text-red-800">撤回申请</summary>
      <form {...formProps} className="mt-3 space-y-3">
      {formName}
        <p className="text-sm text-slate-800">
          确定要撤回申请 <strong>{number}</strong> 吗？撤回后金融机构将不再办理，且不能恢复；如仍需贷款，请重新申请。
        </p>
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">
          确认撤回
        </SubmitButton>
      </form>
    </details>
  );
}

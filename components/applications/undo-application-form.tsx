"use client";

import type { FormAction } from "@/lib/actions/result";
import { DECISION_SCHEMAS } from "@/lib/applications/schema";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 撤销本次申请 on the confirmation page, one click for ten minutes (lib/domain/undo.ts): the same
// 撤回 action and rules as the detail page's, without the confirmation step.
export function UndoApplicationForm({ minutesLeft, action }: { minutesLeft: number; action: FormAction }) {
  const { state, pending, formProps, formName } = useActionForm({ name: "undo-application", schema: DECISION_SCHEMAS.WITHDRAW, action });
  return (
    <form {...formProps} className="mt-6 space-y-2 border-t border-slate-200 pt-5" aria-label="撤销本次申请">
      {formName}
      <p className="text-sm text-slate-700">提交有误？{minutesLeft}分钟内可一键撤销本次申请（之后可在申请详情中撤回）。</p>
      <FormStatus state={state} />
      <SubmitButton variant="danger" pending={pending} pendingText="正在撤销…">
        撤销本次申请
      </SubmitButton>
    </form>
  );
}

"use client";

import type { FormAction } from "@/lib/actions/result";
import { confirmSchema } from "@/lib/activities/schema";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 撤销报名 in the 报名成功 notice, one click for ten minutes (lib/domain/undo.ts): the same 取消报名
// action and rules, without the confirmation step.
export function UndoRegistrationForm({ title, minutesLeft, action }: { title: string; minutesLeft: number; action: FormAction }) {
  const { state, pending, formProps, formName } = useActionForm({ name: "undo-registration", schema: confirmSchema, action });
  return (
    <form {...formProps} className="space-y-2 rounded border border-slate-200 bg-white px-4 py-3" aria-label={`撤销报名：${title}`}>
      {formName}
      <p className="text-sm">报错了？{minutesLeft}分钟内可一键撤销「{title}」的报名。</p>
      <FormStatus state={state} />
      <SubmitButton variant="danger" pending={pending} pendingText="正在撤销…">
        撤销报名
      </SubmitButton>
    </form>
  );
}

"use client";

import type { FormAction } from "@/lib/actions/result";
import { confirmSchema } from "@/lib/activities/schema";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 取消报名 asks for confirmation first: a disclosure that works without JavaScript.
export function WithdrawRegistrationForm({ registrationId, title, action }: { registrationId: string; title: string; action: FormAction }) {
  const { state, pending, formProps, formName } = useActionForm({ name: `withdraw-registration-${registrationId}`, schema: confirmSchema, action });
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3" open={state?.ok === false || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-red-800">
        取消报名<span className="sr-only">：{title}</span>
      </summary>
      <form {...formProps} className="mt-2 space-y-3" aria-label={`确认取消报名：${title}`}>
        {formName}
        <p className="text-sm leading-6 text-slate-800">
          确定要取消报名「{title}」吗？取消后名额将释放给其他人；报名截止前可以重新报名。
        </p>
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">
          确认取消报名
        </SubmitButton>
      </form>
    </details>
  );
}

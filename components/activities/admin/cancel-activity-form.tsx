"use client";

import type { FormAction } from "@/lib/actions/result";
import { cancelActivitySchema } from "@/lib/activities/schema";
import { TextAreaField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 取消活动: behind a disclosure, with the reason every registrant will read and what will happen.
export function CancelActivityForm({ action, registrations }: { action: FormAction; registrations: number }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: "cancel-activity", schema: cancelActivitySchema, action, defaults: { reason: "" } });
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3" open={state?.ok === false || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 font-medium text-red-800">取消活动</summary>
      <form {...formProps} className="mt-2 space-y-3" aria-label="确认取消活动">
        {formName}
        <p className="text-sm leading-6 text-slate-800">
          取消后活动不再接受报名，{registrations > 0 ? `${registrations}条有效报名将全部取消，每位报名人都会在消息中心收到取消原因。` : "目前没有有效报名。"}此操作不能撤销。
        </p>
        <TextAreaField id="cancel-reason" label="取消原因" required maxLength={200} hint="报名人将看到此原因，200字以内" {...field("reason")} />
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">
          确认取消活动
        </SubmitButton>
      </form>
    </details>
  );
}

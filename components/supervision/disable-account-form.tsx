"use client";

import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { disableSchema } from "@/lib/supervision/schema";

// 停用账号: behind a disclosure, with the reason the holder reads on the login page; sessions end at once.
export function DisableAccountForm({ userId, label, action }: { userId: string; label: string; action: FormAction }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: `disable-${userId}`, schema: disableSchema, action, defaults: { reason: "" } });
  return (
    <details open={state?.ok === false || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-red-800 underline">
        停用<span className="sr-only">：{label}</span>
      </summary>
      <form {...formProps} className="mt-2 w-64 space-y-2" aria-label={`确认停用${label}`}>
        {formName}
        <TextField id={`disable-reason-${userId}`} label="停用原因" required maxLength={200} hint="账号持有人登录时将看到此原因" {...field("reason")} />
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">
          确认停用
        </SubmitButton>
      </form>
    </details>
  );
}

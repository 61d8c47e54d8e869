"use client";

import type { FormAction } from "@/lib/actions/result";
import { cancelRegistrationSchema } from "@/lib/activities/schema";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 取消报名 of one registrant by the organiser: confirmation, an optional reason sent to the user.
export function CancelRegistrantForm({ registrationId, name, action }: { registrationId: string; name: string; action: FormAction }) {
  const { state, pending, formProps, formName, field } = useActionForm({
    name: `cancel-registrant-${registrationId}`,
    schema: cancelRegistrationSchema,
    action,
    defaults: { reason: "" },
  });
  return (
    <details open={state?.ok === false || undefined}>
      <summary className="min-h-11 cursor-pointer py-2 text-red-800 underline">
        取消报名<span className="sr-only">：{name}</span>
      </summary>
      <form {...formProps} className="mt-2 w-64 space-y-2" aria-label={`确认取消${name}的报名`}>
        {formName}
        <TextField id={`reason-${registrationId}`} label="取消原因（选填）" maxLength={200} {...field("reason")} />
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">
          确认取消
        </SubmitButton>
      </form>
    </details>
  );
}

"use client";

import type { FormAction } from "@/lib/actions/result";
import { meetingSchema } from "@/lib/equity/schema";
import { FormSection, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 我要约谈 (manual 2.6): *联系人名称 *联系人手机号 (prefilled) 约谈事项.
export function MeetingForm({ action, defaults }: { action: FormAction; defaults: Record<string, string> }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: "meeting-request", schema: meetingSchema, action, defaults });
  return (
    <form {...formProps} className="space-y-5" aria-label="我要约谈">
      {formName}
      <FormStatus state={state} />
      <FormSection title="约谈信息">
        <TextField id="contactName" label="联系人名称" required autoComplete="name" {...field("contactName")} />
        <TextField id="contactPhone" label="联系人手机号" required inputMode="tel" autoComplete="tel" hint="对方将通过此号码与您联系" {...field("contactPhone")} />
        <TextAreaField id="subject" label="约谈事项" className="sm:col-span-2" maxLength={300} hint="选填，300字以内" {...field("subject")} />
      </FormSection>
      <SubmitButton pending={pending}>提交约谈</SubmitButton>
    </form>
  );
}

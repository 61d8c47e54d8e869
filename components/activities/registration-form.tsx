"use client";

import type { FormAction } from "@/lib/actions/result";
import { MAX_ATTENDEES, REGISTRATION_FIELDS as F, registrationSchema } from "@/lib/activities/schema";
import { FormSection, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

const ATTENDEE_OPTIONS = Array.from({ length: MAX_ATTENDEES }, (_, i) => ({ value: String(i + 1), label: `${i + 1}人` }));

// 我要报名 (manual 2.5): *姓名 *手机号 *单位名称 *参加人数 备注, prefilled from the account.
export function RegistrationForm({ action, defaults, placesLeft }: { action: FormAction; defaults: Record<string, string>; placesLeft: number }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: "activity-registration", schema: registrationSchema, action, defaults });
  return (
    <form {...formProps} className="space-y-5" aria-label="活动报名">
      {formName}
      <FormStatus state={state} />
      <FormSection title="报名信息">
        <TextField id="name" label={F.name} required autoComplete="name" placeholder="请输入姓名" {...field("name")} />
        <TextField id="phone" label={F.phone} required inputMode="tel" autoComplete="tel" placeholder="请输入手机号" hint="主办方将通过此号码联系您" {...field("phone")} />
        <TextField id="organization" label={F.organization} required autoComplete="organization" placeholder="企业、单位名称或“个体经营”" {...field("organization")} />
        <SelectField
          id="attendees"
          label={F.attendees}
          required
          options={ATTENDEE_OPTIONS}
          placeholder="请选择参加人数"
          hint={`每次报名最多${MAX_ATTENDEES}人，目前剩余${placesLeft}个名额`}
          {...field("attendees")}
        />
        <TextAreaField id="remark" label={F.remark} className="sm:col-span-2" maxLength={200} hint="选填，200字以内" {...field("remark")} />
      </FormSection>
      <SubmitButton pending={pending}>提交报名</SubmitButton>
    </form>
  );
}

"use client";

import type { FormAction } from "@/lib/actions/result";
import { acceptSchema, completeSchema, declineSchema } from "@/lib/equity/schema";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 约谈管理: 接受 (with a time and a place), 婉拒 (with the reason), 已完成. Each tells the requester.
export function AcceptMeetingForm({ action, id }: { action: FormAction; id: string }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: `accept-${id}`, schema: acceptSchema, action });
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="接受约谈">
      {formName}
      <h2 className="text-lg font-semibold text-slate-900">接受约谈</h2>
      <FormStatus state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id={`meetingAt-${id}`} label="约谈时间" required type="datetime-local" {...field("meetingAt")} />
        <TextField id={`meetingPlace-${id}`} label="约谈地点" required maxLength={100} {...field("meetingPlace")} />
        <TextAreaField id={`reply-accept-${id}`} label="说明" className="sm:col-span-2" maxLength={300} hint="选填，如需携带的材料" {...field("reply")} />
      </div>
      <SubmitButton pending={pending} variant="success">接受</SubmitButton>
    </form>
  );
}

export function DeclineMeetingForm({ action, id }: { action: FormAction; id: string }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: `decline-${id}`, schema: declineSchema, action });
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="婉拒约谈">
      {formName}
      <h2 className="text-lg font-semibold text-slate-900">婉拒约谈</h2>
      <FormStatus state={state} />
      <TextAreaField id={`reply-decline-${id}`} label="婉拒原因" required maxLength={300} {...field("reply")} />
      <SubmitButton pending={pending} variant="danger">婉拒</SubmitButton>
    </form>
  );
}

export function CompleteMeetingForm({ action, id }: { action: FormAction; id: string }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: `complete-${id}`, schema: completeSchema, action });
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="标记约谈已完成">
      {formName}
      <h2 className="text-lg font-semibold text-slate-900">约谈已完成</h2>
      <FormStatus state={state} />
      <TextAreaField id={`reply-complete-${id}`} label="说明" maxLength={300} hint="选填，如后续安排" {...field("reply")} />
      <SubmitButton pending={pending}>标记为已完成</SubmitButton>
    </form>
  );
}

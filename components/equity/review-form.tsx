"use client";

import type { FormAction } from "@/lib/actions/result";
import { reviewFormSchema } from "@/lib/equity/schema";
import { TextAreaField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 股权项目审核: 通过 / 不通过 (the reason is required) while 待审核; 下架 (with the reason) once published.
export function ReviewForm({ action, published }: { action: FormAction; published: boolean }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: "equity-review", schema: reviewFormSchema, action });
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="审核">
      {formName}
      <h2 className="text-lg font-semibold text-slate-900">{published ? "下架项目" : "审核"}</h2>
      <FormStatus state={state} />
      <TextAreaField id="comment" label={published ? "下架原因" : "审核意见"} required={published} maxLength={200} hint={published ? "将通知发布企业" : "不通过时必填，将通知发布企业"} {...field("comment")} />
      <div className="flex flex-wrap gap-3">
        {published ? (
          <SubmitButton pending={pending} variant="danger" name="decision" value="archive" onClick={(e) => { if (!confirm("确定下架该项目吗？下架后公众将无法查看。")) e.preventDefault(); }}>下架</SubmitButton>
        ) : (
          <>
            <SubmitButton pending={pending} variant="success" name="decision" value="approve">通过</SubmitButton>
            <SubmitButton pending={pending} variant="danger" name="decision" value="reject">不通过</SubmitButton>
          </>
        )}
      </div>
    </form>
  );
}

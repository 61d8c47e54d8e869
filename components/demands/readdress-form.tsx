"use client";

import type { FormAction } from "@/lib/actions/result";
import { ANY_INSTITUTION, readdressSchema } from "@/lib/demands/schema";
import { ChoiceGroupField } from "@/components/ui/choice-fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 重新指派 (需求总览): a demand still 待对接 goes to other banks, or to 不限, with a new deadline.
export function ReaddressForm({ banks, action }: { banks: { value: string; label: string }[]; action: FormAction }) {
  const { state, pending, formProps, formName, errorOf, choice } = useActionForm({ name: "readdress", schema: readdressSchema, action, defaults: { institutions: [] } });
  return (
    <form {...formProps} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5" aria-label="重新指派">
      {formName}
      <h2 className="text-lg font-semibold">重新指派</h2>
      <ChoiceGroupField
        id="institutions"
        type="checkbox"
        label="指派给"
        required
        hint="被指派的机构会收到消息提醒，接单时限重新计算。"
        options={[{ value: ANY_INSTITUTION, label: "不限（所有银行）" }, ...banks]}
        error={errorOf("institutions")}
        inputProps={choice("institutions")}
      />
      <FormStatus state={state} />
      <SubmitButton variant="brand" pending={pending}>确认重新指派</SubmitButton>
    </form>
  );
}

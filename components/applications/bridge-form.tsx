"use client";

import type { FormAction } from "@/lib/actions/result";
import { MAX_BRIDGE_DAYS, bridgeSchema } from "@/lib/applications/schema";
import { FormSection, SelectField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { AgreementField } from "./agreement-field";

// 转贷 (bridge funds) application: the enterprise, its maturing loan and the bridge it needs.
export function BridgeForm({
  lenders,
  defaults,
  action,
  submitLabel = "提交转贷申请",
}: {
  lenders: { value: string; label: string }[];
  defaults: Record<string, string>;
  action: FormAction;
  submitLabel?: string;
}) {
  const { form, state, pending, formProps, formName, errorOf, field, hidden, checkbox } = useActionForm({ name: "bridge", schema: bridgeSchema, action, defaults });
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => <TextField id={name} label={label} required {...field(name)} {...extra} />;
  return (
    <form {...formProps} className="space-y-5" aria-label="转贷申请">
      {formName}
      <input type="hidden" {...hidden("idempotencyKey")} />
      <FormStatus state={state} />
      <FormSection title="企业信息">
        {text("enterpriseName", "企业名称", { autoComplete: "organization" })}
        {text("uscc", "统一社会信用代码", { autoComplete: "off" })}
        {text("contactName", "联系人姓名", { autoComplete: "name" })}
        {text("contactPhone", "联系人手机号", { inputMode: "tel", autoComplete: "tel" })}
      </FormSection>
      <FormSection title="到期贷款与转贷需求">
        <SelectField id="institutionId" label="贷款机构" required options={lenders} {...field("institutionId")} />
        {text("amount", "贷款金额", { inputMode: "decimal", suffix: "万", hint: "即将到期的贷款金额" })}
        {text("termMonths", "贷款期限", { inputMode: "numeric", suffix: "月" })}
        {text("dueDate", "到期日", { type: "date" })}
        {text("bridgeAmount", "转贷金额", { inputMode: "decimal", suffix: "万", hint: "需要的过桥资金，不超过到期贷款金额" })}
        {text("bridgeDays", "需用天数", { inputMode: "numeric", suffix: "天", hint: `1至${MAX_BRIDGE_DAYS}天` })}
      </FormSection>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <AgreementField
          error={errorOf("agreement")}
          inputProps={checkbox("agreement")}
          onAgree={() => form.setValue("agreement", true, { shouldValidate: true })}
        />
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
    </form>
  );
}

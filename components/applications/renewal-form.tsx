"use client";

import type { FormAction } from "@/lib/actions/result";
import { renewalSchema } from "@/lib/applications/schema";
import { DEMAND_METHODS, GENDERS, REGIONS } from "@/lib/reference";
import { ChoiceGroupField } from "@/components/ui/choice-fields";
import { FormSection, SelectField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { AgreementField } from "./agreement-field";

const YES_NO = [
  { value: "yes", label: "是" },
  { value: "no", label: "否" },
];

// 续贷申请 (manual 2.11). When a returned application is edited, the 贷款机构 and 是否接受其他金融机构
// are kept as they were (`lockRouting`).
export function RenewalForm({
  lenders,
  defaults,
  action,
  lockRouting,
  submitLabel = "提交",
}: {
  lenders: { value: string; label: string }[];
  defaults: Record<string, string>;
  action: FormAction;
  lockRouting?: boolean;
  submitLabel?: string;
}) {
  const { form, state, pending, formProps, formName, errorOf, field, hidden, choice, checkbox } = useActionForm({ name: "renewal", schema: renewalSchema, action, defaults });
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => <TextField id={name} label={label} required {...field(name)} {...extra} />;
  const lenderName = lenders.find((l) => l.value === defaults.institutionId)?.label ?? "—";

  return (
    <form {...formProps} className="space-y-5" aria-label="续贷申请">
      {formName}
      <input type="hidden" {...hidden("idempotencyKey")} />
      <FormStatus state={state} />
      <FormSection title="续贷申请">
        {text("amount", "贷款金额", { inputMode: "decimal", suffix: "万", placeholder: "到期贷款金额" })}
        {text("termMonths", "贷款期限", { inputMode: "numeric", suffix: "月", placeholder: "原贷款期限" })}
        {text("dueDate", "到期日", { type: "date" })}
        {text("loanRate", "贷款利率", { inputMode: "decimal", suffix: "%(年化)", placeholder: "如 4.35" })}
        <ChoiceGroupField
          id="loanMethod"
          label="融资方式"
          required
          className="sm:col-span-2"
          options={DEMAND_METHODS}
          error={errorOf("loanMethod")}
          inputProps={choice("loanMethod")}
        />
        {lockRouting ? (
          <div className="sm:col-span-2 text-sm text-slate-700">
            <input type="hidden" {...hidden("institutionId")} />
            <input type="hidden" {...hidden("acceptOthers")} />
            <p>贷款机构：{lenderName}</p>
            <p>是否接受其他金融机构：{defaults.acceptOthers === "yes" ? "是" : "否"}（补充资料时不可修改）</p>
          </div>
        ) : (
          <>
            <SelectField id="institutionId" label="贷款机构" required options={lenders} {...field("institutionId")} />
            <ChoiceGroupField
              id="acceptOthers"
              label="是否接受其他金融机构"
              required
              options={YES_NO}
              error={errorOf("acceptOthers")}
              inputProps={choice("acceptOthers")}
            />
          </>
        )}
      </FormSection>
      <FormSection title="联系方式">
        <SelectField id="region" label="所属区域" required options={REGIONS} {...field("region")} />
        {text("enterpriseName", "企业名称", { autoComplete: "organization" })}
        {text("uscc", "统一社会信用代码", { autoComplete: "off" })}
        {text("realName", "真实姓名", { autoComplete: "name" })}
        <ChoiceGroupField id="gender" label="性别" required options={GENDERS} error={errorOf("gender")} inputProps={choice("gender")} />
        {text("phone", "联系电话", { inputMode: "tel", autoComplete: "tel" })}
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

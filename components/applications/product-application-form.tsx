"use client";

import { useMemo } from "react";
import type { FormAction } from "@/lib/actions/result";
import {
  applicationSchemaFor,
  ENTERPRISE_FIELDS as E,
  FIRST_LOAN_DECLARATION,
  PERSONAL_FIELDS as P,
  type ApplyTarget,
} from "@/lib/applications/schema";
import { LOAN_PURPOSES } from "@/lib/reference";
import { CheckboxField, ChoiceGroupField } from "@/components/ui/choice-fields";
import { FormSection, SelectField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { AgreementField } from "./agreement-field";

const HAS_OPTIONS = [
  { value: "yes", label: "有" },
  { value: "no", label: "无" },
];

// 个人申请贷款 / 企业申请贷款 (manual 2.3): the form follows the product's 类型.
export function ProductApplicationForm({
  product,
  defaults,
  action,
  submitLabel = "立即申请",
}: {
  product: ApplyTarget & { maxAmount: number };
  defaults: Record<string, string>;
  action: FormAction;
  submitLabel?: string;
}) {
  const schema = useMemo(() => applicationSchemaFor(product), [product]);
  const { form, state, pending, formProps, formName, field, hidden, choice, checkbox, errorOf } = useActionForm({ name: "product-application", schema, action, defaults });
  const personal = product.category === "PERSONAL";

  return (
    <form {...formProps} className="space-y-5" aria-label={personal ? "个人申请贷款" : "企业申请贷款"}>
      {formName}
      <input type="hidden" {...hidden("idempotencyKey")} />
      <FormStatus state={state} />
      <FormSection title="申请信息">
        <TextField id="amount" label={P.amount} required inputMode="decimal" suffix="万" hint={`最高额度${product.maxAmount}万`} placeholder="请输入申请金额" {...field("amount")} />
        <TextField id="termMonths" label={P.termMonths} required inputMode="numeric" suffix="月" hint={`最长期限${product.maxTermMonths}个月`} placeholder="请输入申请期限" {...field("termMonths")} />
        <SelectField id="purpose" label={P.purpose} required options={LOAN_PURPOSES} {...field("purpose")} />
      </FormSection>
      <FormSection title={personal ? "申请人信息" : "企业信息"}>
        {personal ? (
          <>
            <TextField id="idNumber" label={P.idNumber} required autoComplete="off" placeholder="请输入身份证号" hint="加密保存，仅受理机构可查看" {...field("idNumber")} />
            <TextField id="applicantName" label={P.applicantName} required autoComplete="name" placeholder="请输入姓名" {...field("applicantName")} />
            <TextField id="applicantPhone" label={P.applicantPhone} required inputMode="tel" autoComplete="tel" placeholder="请输入手机号" {...field("applicantPhone")} />
          </>
        ) : (
          <>
            <TextField id="enterpriseName" label={E.enterpriseName} required autoComplete="organization" placeholder="请输入企业名称" {...field("enterpriseName")} />
            <TextField id="uscc" label={E.uscc} required autoComplete="off" placeholder="18位统一社会信用代码" {...field("uscc")} />
            <TextField id="contactName" label={E.contactName} required autoComplete="name" placeholder="请输入联系人姓名" {...field("contactName")} />
            <TextField id="contactPhone" label={E.contactPhone} required inputMode="tel" autoComplete="tel" placeholder="请输入联系人手机号" {...field("contactPhone")} />
          </>
        )}
      </FormSection>
      <FormSection title="收入与信用情况">
        <TextField id="annualIncome" label={P.annualIncome} inputMode="decimal" suffix="万" placeholder="请输入年收入" hint="加密保存" {...field("annualIncome")} />
        <TextField id="currentLoanTotal" label={P.currentLoanTotal} inputMode="decimal" suffix="万" placeholder="请输入目前贷款总额" {...field("currentLoanTotal")} />
        <ChoiceGroupField id="hasEnforcement" label={P.hasEnforcement} options={HAS_OPTIONS} error={errorOf("hasEnforcement")} inputProps={choice("hasEnforcement")} />
        <ChoiceGroupField id="hasOverdue" label={P.hasOverdue} options={HAS_OPTIONS} error={errorOf("hasOverdue")} inputProps={choice("hasOverdue")} />
      </FormSection>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        {product.isFirstLoan ? (
          <CheckboxField id="firstLoanDeclared" {...checkbox("firstLoanDeclared")}>
            本企业声明：{FIRST_LOAN_DECLARATION}
          </CheckboxField>
        ) : null}
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

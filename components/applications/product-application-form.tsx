"use client";

import { useMemo } from "react";
import { LOAN_PURPOSES } from "@/lib/reference";
import {
  ENTERPRISE_FIELDS as E,
  FIRST_LOAN_DECLARATION,
  PERSONAL_FIELDS as P,
  enterpriseApplicationSchema,
  personalApplicationSchema,
} from "@/lib/validation/applications";
import { AgreementField } from "./agreement-field";
import { FormSection, RadioGroupField, SelectField, TextField } from "./form-fields";
import { FormStatus, SubmitButton } from "./form-status";
import { useActionForm, type FormAction } from "./use-action-form";

export interface ApplyProduct {
  category: "PERSONAL" | "ENTERPRISE";
  isFirstLoan: boolean;
  maxAmount: number;
  maxTermMonths: number;
}

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
  product: ApplyProduct;
  defaults: Record<string, string>;
  action: FormAction;
  submitLabel?: string;
}) {
  const schema = useMemo(() => {
    const limits = { maxAmount: product.maxAmount, maxTermMonths: product.maxTermMonths, isFirstLoan: product.isFirstLoan };
    return product.category === "PERSONAL" ? personalApplicationSchema(limits) : enterpriseApplicationSchema(limits);
  }, [product]);
  const { form, state, pending, formAction, onSubmit, errorOf, field, radio, checkbox } = useActionForm(schema, action, defaults);
  const text = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField id={name} label={label} error={errorOf(name)} {...field(name)} {...extra} />
  );
  const personal = product.category === "PERSONAL";

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="space-y-5" aria-label={personal ? "个人申请贷款" : "企业申请贷款"}>
      <input type="hidden" {...field("idempotencyKey")} />
      <FormStatus state={state} invalidHint={!!state && !state.ok && !!state.fieldErrors} />
      <FormSection title="申请信息">
        {text("amount", P.amount, { required: true, inputMode: "decimal", suffix: "万", hint: `最高额度${product.maxAmount}万`, placeholder: "请输入申请金额" })}
        {text("termMonths", P.termMonths, { required: true, inputMode: "numeric", suffix: "月", hint: `最长期限${product.maxTermMonths}个月`, placeholder: "请输入申请期限" })}
        <SelectField id="purpose" label={P.purpose} required options={LOAN_PURPOSES} error={errorOf("purpose")} {...field("purpose")} />
      </FormSection>
      <FormSection title={personal ? "申请人信息" : "企业信息"}>
        {personal ? (
          <>
            {text("idNumber", P.idNumber, { required: true, autoComplete: "off", placeholder: "请输入身份证号", hint: "加密保存，仅受理机构可查看" })}
            {text("applicantName", P.applicantName, { required: true, autoComplete: "name", placeholder: "请输入姓名" })}
            {text("applicantPhone", P.applicantPhone, { required: true, inputMode: "tel", autoComplete: "tel", placeholder: "请输入手机号" })}
          </>
        ) : (
          <>
            {text("enterpriseName", E.enterpriseName, { required: true, autoComplete: "organization", placeholder: "请输入企业名称" })}
            {text("uscc", E.uscc, { required: true, autoComplete: "off", placeholder: "18位统一社会信用代码" })}
            {text("contactName", E.contactName, { required: true, autoComplete: "name", placeholder: "请输入联系人姓名" })}
            {text("contactPhone", E.contactPhone, { required: true, inputMode: "tel", autoComplete: "tel", placeholder: "请输入联系人手机号" })}
          </>
        )}
      </FormSection>
      <FormSection title="收入与信用情况">
        {text("annualIncome", P.annualIncome, { inputMode: "decimal", suffix: "万", placeholder: "请输入年收入", hint: "加密保存" })}
        {text("currentLoanTotal", P.currentLoanTotal, { inputMode: "decimal", suffix: "万", placeholder: "请输入目前贷款总额" })}
        <RadioGroupField id="hasEnforcement" label={P.hasEnforcement} options={HAS_OPTIONS} error={errorOf("hasEnforcement")} inputProps={radio("hasEnforcement")} />
        <RadioGroupField id="hasOverdue" label={P.hasOverdue} options={HAS_OPTIONS} error={errorOf("hasOverdue")} inputProps={radio("hasOverdue")} />
      </FormSection>
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        {product.isFirstLoan ? (
          <div>
            <div className="flex items-start gap-2">
              <input
                id="firstLoanDeclared"
                type="checkbox"
                className="mt-1 h-5 w-5 shrink-0 accent-brand-700"
                aria-invalid={errorOf("firstLoanDeclared") ? true : undefined}
                aria-describedby={errorOf("firstLoanDeclared") ? "firstLoanDeclared-error" : undefined}
                {...checkbox("firstLoanDeclared")}
              />
              <label htmlFor="firstLoanDeclared" className="text-base text-slate-900">
                本企业声明：{FIRST_LOAN_DECLARATION}
              </label>
            </div>
            {errorOf("firstLoanDeclared") ? (
              <p id="firstLoanDeclared-error" className="mt-1 text-sm text-red-700">
                {errorOf("firstLoanDeclared")}
              </p>
            ) : null}
          </div>
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

"use client";

import { useEffect, useState } from "react";
import type { FormAction } from "@/lib/actions/result";
import type { PublishResult } from "@/lib/demands/actions";
import { ANY_INSTITUTION, demandSchemaFor, FIRST_LOAN_DEMAND_DECLARATION } from "@/lib/demands/schema";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEMAND_METHODS, GENDERS, REGIONS } from "@/lib/reference";
import { CheckboxField, ChoiceGroupField } from "@/components/ui/choice-fields";
import { FormSection, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { useFormReply } from "@/components/ui/form-reply";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { MatchList } from "./match-list";

const APPLICANT_TYPES = [
  { value: "ENTERPRISE", label: "企业" },
  { value: "PERSONAL", label: "个人" },
];

// 发布融资需求 / 发布首贷需求 (manual 2.7, 2.10), and 修改 of a demand still 待对接 (mode "edit").
// 提交 first asks the server for the matched products ("preview"): the fields stay in the form, hidden,
// while the matches are shown, so 继续提交需求 sends the same values and 返回修改 shows them again.
// The pressed button's step travels with the form, with or without JavaScript.
export function DemandForm({
  role,
  firstLoan,
  banks,
  defaults,
  action,
  mode = "publish",
}: {
  role: Role;
  firstLoan: boolean;
  banks: { value: string; label: string }[];
  defaults: Record<string, string | string[]>;
  action: FormAction; // publishDemand (PublishResult) or editDemand
  mode?: "publish" | "edit";
}) {
  const name = mode === "edit" ? "demand-edit" : "demand";
  // Without JavaScript the preview comes back as this page's reply: its values fill the fields.
  const reply = useFormReply<PublishResult>(name);
  const replied = reply?.ok && reply.data.stage !== "created" ? reply.data.values : {};
  const schema = demandSchemaFor({ role, firstLoan });
  const initial = { ...defaults, ...replied };
  const { form, state, pending, formProps, formName, errorOf, field, hidden, choice, checkbox } = useActionForm<PublishResult>({ name, schema, action, defaults: initial });
  const [dismissed, setDismissed] = useState<unknown>(null);
  const preview = state?.ok && state.data.stage === "preview" && dismissed !== state ? state.data : null;
  // The question replaces the fields: move the reader's focus to it.
  useEffect(() => {
    if (preview) document.getElementById("matches-heading")?.focus();
  }, [preview]);
  const text = (id: string, label: string, extra: Record<string, unknown> = {}) => <TextField id={id} label={label} required {...field(id)} {...extra} />;
  const applicantType = form.watch("applicantType") ?? initial.applicantType;
  const types = role === "ENTERPRISE" && !firstLoan ? APPLICANT_TYPES : APPLICANT_TYPES.filter((t) => t.value === (firstLoan ? "ENTERPRISE" : "PERSONAL"));

  return (
    <form {...formProps} className="space-y-5" aria-label={firstLoan ? "发布首贷需求" : "发布融资需求"}>
      {formName}
      <input type="hidden" {...hidden("idempotencyKey")} />
      <FormStatus state={state && !state.ok ? state : null} />
      {preview ? (
        <section aria-labelledby="matches-heading" className="space-y-4 rounded-lg border border-brand-200 bg-brand-50/40 p-4 sm:p-6">
          <h2 id="matches-heading" className="text-lg font-semibold text-brand-800" tabIndex={-1}>
            为您匹配到以下产品，是否继续提交需求?
          </h2>
          <MatchList matches={preview.matches} />
          <div className="flex flex-wrap gap-3">
            <SubmitButton pending={pending} name="step" value="submit">
              继续提交需求
            </SubmitButton>
            <button
              type="submit"
              name="step"
              value="edit"
              className="btn-outline min-h-11"
              onClick={(e) => {
                e.preventDefault();
                setDismissed(state);
              }}
            >
              返回修改
            </button>
          </div>
        </section>
      ) : null}
      <div hidden={!!preview} className="space-y-5">
        <FormSection title={firstLoan ? "首贷需求" : "融资需求"}>
          <ChoiceGroupField id="applicantType" label="企业/个人" required className="sm:col-span-2" options={types} error={errorOf("applicantType")} inputProps={choice("applicantType")} />
          {text("amount", "融资金额", { inputMode: "decimal", suffix: "万", placeholder: "如 100" })}
          {text("termMonths", "融资期限", { inputMode: "numeric", suffix: "月", placeholder: "如 12" })}
          <TextAreaField id="purpose" label="融资用途" required className="sm:col-span-2" rows={3} placeholder="如 采购原材料、购置设备" {...field("purpose")} />
          <ChoiceGroupField id="method" label="融资方式" required className="sm:col-span-2" options={DEMAND_METHODS} error={errorOf("method")} inputProps={choice("method")} />
          {text("rateFrom", "期望利率（从）", { inputMode: "decimal", suffix: "%", hint: "年化，0–36%" })}
          {text("rateTo", "期望利率（到）", { inputMode: "decimal", suffix: "%", hint: "年化，不低于“从”" })}
          <ChoiceGroupField
            id="institutions"
            type="checkbox"
            label="期望机构"
            required
            className="sm:col-span-2"
            hint="选“不限”，所有银行都可以接单；也可以勾选一家或几家银行。"
            options={[{ value: ANY_INSTITUTION, label: "不限" }, ...banks]}
            error={errorOf("institutions")}
            inputProps={choice("institutions")}
          />
        </FormSection>
        <FormSection title="联系方式">
          <SelectField id="region" label="所属区域" required options={REGIONS} {...field("region")} />
          {text("realName", "真实姓名", { autoComplete: "name" })}
          <ChoiceGroupField id="gender" label="性别" required options={GENDERS} error={errorOf("gender")} inputProps={choice("gender")} />
          {text("phone", "联系电话", { inputMode: "tel", autoComplete: "tel" })}
          {applicantType === "ENTERPRISE" ? text("enterpriseName", "企业名称", { autoComplete: "organization" }) : <input type="hidden" {...hidden("enterpriseName")} />}
        </FormSection>
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          {firstLoan ? (
            <CheckboxField id="firstLoanDeclared" {...checkbox("firstLoanDeclared")}>
              {FIRST_LOAN_DEMAND_DECLARATION}
            </CheckboxField>
          ) : null}
          <div className="flex flex-wrap gap-3">
            {mode === "edit" ? (
              <SubmitButton pending={pending} name="step" value="submit">
                保存修改
              </SubmitButton>
            ) : (
              <SubmitButton pending={pending} name="step" value="preview">
                提交
              </SubmitButton>
            )}
            <button type="reset" className="btn-outline min-h-11" onClick={() => form.reset(initial)}>
              重置
            </button>
          </div>
        </div>
      </div>
    </form>
  );
}

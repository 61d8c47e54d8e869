"use client";

import { AgreementField } from "@/components/applications/agreement-field";
import { CheckboxField } from "@/components/ui/choice-fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { demandAuthorizationSchema, withdrawDemandAuthorizationSchema } from "@/lib/credit/schema";

// 我的需求 → 授权 the institution handling the demand to query the 信用报告 (《用户授权协议》), and 撤回授权.
export function AuthorizeDemandForm({ institution, action }: { institution: string; action: FormAction }) {
  const { state, pending, formProps, formName, checkbox, errorOf, form } = useActionForm({ name: "authorize-demand", schema: demandAuthorizationSchema, action });
  return (
    <form {...formProps} className="space-y-3">
      {formName}
      <p className="text-sm text-slate-800">
        授权后，<strong>{institution}</strong> 可依据《用户授权协议》从政务数据共享交换平台查询您的工商、纳税、社保与公积金、司法和行政处罚信息生成的信用报告，仅用于本需求的融资对接；每次查询和查看都会告知您，您可随时撤回授权。
      </p>
      <AgreementField error={errorOf("agreement")} inputProps={checkbox("agreement")} onAgree={() => form.setValue("agreement", true, { shouldValidate: true })} />
      <FormStatus state={state} />
      <SubmitButton pending={pending} pendingText="提交中…">确认授权</SubmitButton>
    </form>
  );
}

export function WithdrawDemandAuthorizationForm({ action }: { action: FormAction }) {
  const { state, pending, formProps, formName, checkbox } = useActionForm({ name: "withdraw-demand-authorization", schema: withdrawDemandAuthorizationSchema, action });
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3">
      <summary className="cursor-pointer font-medium text-red-800">撤回授权</summary>
      <form {...formProps} className="mt-3 space-y-3">
        {formName}
        <p className="text-sm text-slate-800">撤回后对接机构不能再查询您的信用报告；已生成的报告仅作为机构依法留存。</p>
        <CheckboxField id="confirm-authorization" {...checkbox("confirm")}>我确认撤回授权</CheckboxField>
        <FormStatus state={state} />
        <SubmitButton variant="danger" pending={pending} pendingText="处理中…">确认撤回授权</SubmitButton>
      </form>
    </details>
  );
}

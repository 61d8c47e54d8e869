"use client";

import type { FormAction } from "@/lib/actions/result";
import { declineSchema, matchedSchema } from "@/lib/demands/schema";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 对接成功 (with the 授信/放款 amount) and 无法满足 (with a reason) for a demand this institution took up.
function MatchedForm({ action, maxAmount }: { action: FormAction; maxAmount: string }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: "demand-matched", schema: matchedSchema, action, defaults: { amount: "", comment: "" } });
  return (
    <form {...formProps} className="space-y-3 rounded border border-slate-200 p-4" aria-label="对接成功">
      {formName}
      <h3 className="font-semibold">对接成功</h3>
      <TextField id="matched-amount" label="授信/放款金额" required inputMode="decimal" suffix="万" hint={`不超过融资金额${maxAmount}万`} {...field("amount")} />
      <TextAreaField id="matched-comment" label="备注" rows={2} {...field("comment")} />
      <FormStatus state={state} />
      <SubmitButton variant="success" pending={pending}>确认对接成功</SubmitButton>
    </form>
  );
}

function DeclineForm({ action }: { action: FormAction }) {
  const { state, pending, formProps, formName, field } = useActionForm({ name: "demand-decline", schema: declineSchema, action, defaults: { comment: "" } });
  return (
    <form {...formProps} className="space-y-3 rounded border border-slate-200 p-4" aria-label="无法满足">
      {formName}
      <h3 className="font-semibold">无法满足</h3>
      <TextAreaField id="decline-comment" label="无法满足的原因" required rows={3} hint="客户将在消息中心看到原因；需求将交回平台，由其他机构继续对接。" {...field("comment")} />
      <FormStatus state={state} />
      <SubmitButton variant="danger" pending={pending}>确认无法满足</SubmitButton>
    </form>
  );
}

export function OrgDemandPanel({ matched, decline, maxAmount }: { matched: FormAction; decline: FormAction; maxAmount: string }) {
  return (
    <section aria-labelledby="outcome" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="outcome" className="text-lg font-semibold">反馈对接结果</h2>
      <div className="grid gap-4 md:grid-cols-2">
        <MatchedForm action={matched} maxAmount={maxAmount} />
        <DeclineForm action={decline} />
      </div>
    </section>
  );
}

"use client";

import type { FormAction } from "@/lib/actions/result";
import { DECISION_SCHEMAS } from "@/lib/applications/schema";
import type { TransitionAction } from "@/lib/applications/status-machine";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

type StaffDecision = "ACCEPT" | "APPROVE" | "DISBURSE" | "REJECT" | "RETURN";
export type DecideAction = (decision: StaffDecision, ...rest: Parameters<FormAction>) => ReturnType<FormAction>;

const VARIANT = { ACCEPT: "brand", APPROVE: "success", DISBURSE: "success", REJECT: "danger", RETURN: "warning" } as const;
const LABELS: Record<StaffDecision, string> = { ACCEPT: "受理", APPROVE: "审批通过", DISBURSE: "放款", REJECT: "拒绝", RETURN: "退回补充" };

function DecisionForm({ decision, decide, maxAmount }: { decision: StaffDecision; decide: DecideAction; maxAmount?: string }) {
  const { state, pending, formProps, formName, field } = useActionForm({
    name: `decision-${decision}`,
    schema: DECISION_SCHEMAS[decision],
    action: decide.bind(null, decision),
    defaults: { amount: maxAmount ?? "", comment: "" },
  });
  const id = decision.toLowerCase();
  return (
    <form {...formProps} className="space-y-3 rounded border border-slate-200 p-4" aria-label={LABELS[decision]}>
      {formName}
      {decision === "APPROVE" || decision === "DISBURSE" ? (
        <TextField
          id={`${id}-amount`}
          label={decision === "APPROVE" ? "授信额度" : "放款金额"}
          required
          inputMode="decimal"
          suffix="万"
          hint={decision === "APPROVE" ? `不超过申请金额${maxAmount ?? ""}万` : `不超过授信额度${maxAmount ?? ""}万`}
          {...field("amount")}
        />
      ) : null}
      {decision === "REJECT" || decision === "RETURN" ? (
        <TextAreaField
          id={`${id}-comment`}
          label={decision === "REJECT" ? "原因" : "说明"}
          required
          hint={decision === "RETURN" ? "告诉申请人需要补充或修改的内容" : "申请人将在消息中心看到此原因"}
          {...field("comment")}
        />
      ) : null}
      <FormStatus state={state} />
      <SubmitButton variant={VARIANT[decision]} pending={pending} pendingText="处理中…">
        {LABELS[decision]}
      </SubmitButton>
    </form>
  );
}

// The console's actions for an application in its current status (docs/product.md workflow).
export function DecisionPanel({
  actions,
  decide,
  requestedAmount,
  approvedAmount,
}: {
  actions: TransitionAction[];
  decide: DecideAction;
  requestedAmount: string;
  approvedAmount: string | null;
}) {
  const decisions = actions.filter((a): a is StaffDecision => a in LABELS);
  if (decisions.length === 0) return <p className="text-slate-700">该申请已办结，无需进一步操作。</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {decisions.map((a) => (
        <DecisionForm
          key={a}
          decision={a}
          decide={decide}
          maxAmount={a === "APPROVE" ? requestedAmount : a === "DISBURSE" ? (approvedAmount ?? undefined) : undefined}
        />
      ))}
    </div>
  );
}

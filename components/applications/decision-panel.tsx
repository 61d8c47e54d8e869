"use client";

import { useActionState } from "react";
import type { TransitionAction } from "@/lib/applications/status-machine";
import type { ActionResult } from "@/lib/actions/result";
import { TextAreaField, TextField } from "./form-fields";
import { FormStatus } from "./form-status";

export type DecideAction = (action: TransitionAction, previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown> | null>;

const BUTTON: Record<string, string> = {
  ACCEPT: "bg-brand-700 hover:bg-brand-800 text-white",
  APPROVE: "bg-green-700 hover:bg-green-800 text-white",
  DISBURSE: "bg-green-700 hover:bg-green-800 text-white",
  REJECT: "bg-red-700 hover:bg-red-800 text-white",
  RETURN: "bg-orange-700 hover:bg-orange-800 text-white",
};
const LABELS: Record<string, string> = { ACCEPT: "受理", APPROVE: "审批通过", DISBURSE: "放款", REJECT: "拒绝", RETURN: "退回补充" };

function DecisionForm({ action, decide, maxAmount }: { action: TransitionAction; decide: DecideAction; maxAmount?: string }) {
  const [state, formAction, pending] = useActionState(decide.bind(null, action), null);
  const error = state && !state.ok ? state.fieldErrors : undefined;
  const id = action.toLowerCase();
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={formAction} className="space-y-3 rounded border border-slate-200 p-4" aria-label={LABELS[action]}>
      {action === "APPROVE" || action === "DISBURSE" ? (
        <TextField
          id={`${id}-amount`}
          name="amount"
          label={action === "APPROVE" ? "授信额度" : "放款金额"}
          required
          inputMode="decimal"
          suffix="万"
          defaultValue={values?.amount ?? maxAmount ?? ""}
          hint={action === "APPROVE" ? `不超过申请金额${maxAmount ?? ""}万` : `不超过授信额度${maxAmount ?? ""}万`}
          error={error?.amount}
        />
      ) : null}
      {action === "REJECT" || action === "RETURN" ? (
        <TextAreaField
          id={`${id}-comment`}
          name="comment"
          label={action === "REJECT" ? "原因" : "说明"}
          required
          defaultValue={values?.comment ?? ""}
          hint={action === "RETURN" ? "告诉申请人需要补充或修改的内容" : "申请人将在消息中心看到此原因"}
          error={error?.comment}
        />
      ) : null}
      <FormStatus state={state} />
      <button type="submit" disabled={pending} className={`h-10 rounded px-5 text-base font-medium disabled:opacity-70 ${BUTTON[action]}`}>
        {pending ? "处理中…" : LABELS[action]}
      </button>
    </form>
  );
}

// The console's actions for an application in its current status (PRODUCT.md workflow).
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
  if (actions.length === 0) return <p className="text-slate-700">该申请已办结，无需进一步操作。</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {actions.map((a) => (
        <DecisionForm
          key={a}
          action={a}
          decide={decide}
          maxAmount={a === "APPROVE" ? requestedAmount : a === "DISBURSE" ? (approvedAmount ?? undefined) : undefined}
        />
      ))}
    </div>
  );
}

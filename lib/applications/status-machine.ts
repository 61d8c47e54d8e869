import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

// The loan application workflow of docs/product.md (also 首贷, 续贷, 转贷):
// 待受理 SUBMITTED → 已受理 ACCEPTED → 已授信 APPROVED (授信额度) → 已放款 DISBURSED (放款金额 ≤ 授信额度);
// 未通过 REJECTED and 退回补充 RETURNED from SUBMITTED/ACCEPTED; the applicant resubmits a RETURNED
// application (→ SUBMITTED) or withdraws it before APPROVED (→ WITHDRAWN).
export type TransitionAction = "ACCEPT" | "APPROVE" | "DISBURSE" | "REJECT" | "RETURN" | "WITHDRAW" | "RESUBMIT";

export interface TransitionRule {
  from: readonly ApplicationStatus[];
  to: ApplicationStatus;
  by: "staff" | "applicant";
  label: string; // the button / history label
  needs?: "amount" | "comment";
}

export const TRANSITIONS: Record<TransitionAction, TransitionRule> = {
  ACCEPT: { from: ["SUBMITTED"], to: "ACCEPTED", by: "staff", label: "受理" },
  APPROVE: { from: ["ACCEPTED"], to: "APPROVED", by: "staff", label: "审批通过", needs: "amount" },
  DISBURSE: { from: ["APPROVED"], to: "DISBURSED", by: "staff", label: "放款", needs: "amount" },
  REJECT: { from: ["SUBMITTED", "ACCEPTED"], to: "REJECTED", by: "staff", label: "拒绝", needs: "comment" },
  RETURN: { from: ["SUBMITTED", "ACCEPTED"], to: "RETURNED", by: "staff", label: "退回补充", needs: "comment" },
  WITHDRAW: { from: ["SUBMITTED", "ACCEPTED", "RETURNED"], to: "WITHDRAWN", by: "applicant", label: "撤回" },
  RESUBMIT: { from: ["RETURNED"], to: "SUBMITTED", by: "applicant", label: "重新提交" },
};

export const STAFF_ACTIONS = (Object.keys(TRANSITIONS) as TransitionAction[]).filter((a) => TRANSITIONS[a].by === "staff");

export function canTransition(action: TransitionAction, from: ApplicationStatus): boolean {
  return TRANSITIONS[action].from.includes(from);
}

// The staff actions offered on an application in the given status.
export function staffActionsFor(status: ApplicationStatus): TransitionAction[] {
  return STAFF_ACTIONS.filter((a) => canTransition(a, status));
}

export const FINAL_STATUSES: readonly ApplicationStatus[] = ["DISBURSED", "REJECTED", "WITHDRAWN"];

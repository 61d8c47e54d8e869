import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { isApplicant, isStaff, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { ForbiddenError, InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import { KIND_LABELS, recordTransition } from "./records";

import { applicantScope, staffApplicationScope } from "./scope";
import { canTransition, TRANSITIONS, type TransitionAction } from "./status-machine";

const RESPONSES = new Set<ApplicationStatus>(["ACCEPTED", "REJECTED", "RETURNED"]);

export type DecisionAction = Exclude<TransitionAction, "RESUBMIT">;
export interface TransitionResult {
  status: ApplicationStatus;
  productId: string | null;
}



export function subjectOfApplication(app: { kind: keyof typeof KIND_LABELS; product: { name: string } | null }): string {
  return app.product ? `「${app.product.name}」${KIND_LABELS[app.kind]}` : KIND_LABELS[app.kind];
}

export interface DecisionInput {
  amount?: string;
  comment?: string | null;
}

// One step of the workflow by staff (受理 审批通过 放款 拒绝 退回补充) or by the applicant (撤回).
// The status change is a conditional UPDATE on the status (and handling institution) read before, so two
// people acting at once cannot both succeed; the loser is told the application changed.
export async function transitionApplication(
  actor: Actor,
  applicationId: string,
  action: DecisionAction,
  input: DecisionInput = {},
  meta?: RequestMeta,
): Promise<TransitionResult> {
  const rule = TRANSITIONS[action];
  if (rule.by === "staff" && !isStaff(actor)) throw new ForbiddenError("仅受理机构的工作人员可以办理");
  if (rule.by === "applicant" && !isApplicant(actor)) throw new ForbiddenError("仅申请人本人可以撤回申请");

  const scope = rule.by === "staff" ? await staffApplicationScope(actor) : applicantScope(actor);
  const app = await db.loanApplication.findFirst({
    where: { AND: [{ id: applicationId }, scope] },
    select: {
      id: true, number: true, kind: true, status: true, applicantId: true, institutionId: true,
      originalInstitutionId: true, amount: true, approvedAmount: true, productId: true, product: { select: { name: true } },
      firstRespondedAt: true,
    },
  });
  if (!app) throw new NotFoundError("申请");

  if (!canTransition(action, app.status)) {
    throw new RefusedError(`该申请当前状态为「${APPLICATION_STATUS_LABELS[app.status]}」，不能${rule.label}`);
  }
  if (rule.needs === "amount" && !input.amount) throw new InvalidInputError({ amount: "请填写金额" });
  if (action === "APPROVE" && new Prisma.Decimal(input.amount!).gt(app.amount)) {
    throw new InvalidInputError({ amount: `授信额度不能超过申请金额${app.amount.toString()}万` });
  }
  if (action === "DISBURSE" && (!app.approvedAmount || new Prisma.Decimal(input.amount!).gt(app.approvedAmount))) {
    throw new InvalidInputError({ amount: `放款金额不能超过授信额度${app.approvedAmount?.toString() ?? ""}万` });
  }

  // An open 续贷 has no handling institution: the first to 受理 takes it; only the named 贷款机构
  // may refuse or return it without taking it first.
  let institutionId = app.institutionId;
  if (rule.by === "staff" && app.institutionId === null) {
    if (action !== "ACCEPT" && actor.institutionId !== app.originalInstitutionId) {
      throw new RefusedError("开放续贷申请须先受理后才能办理");
    }
    institutionId = actor.institutionId;
  }

  const amount = input.amount ?? null;
  const comment = input.comment ?? null;
  const now = new Date();
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.loanApplication.updateMany({
      where: {
        id: app.id,
        status: app.status,
        ...(rule.by === "staff" ? { institutionId: app.institutionId } : { applicantId: actor.id }),
      },
      data: {
        status: rule.to,
        institutionId,
        ...(action === "APPROVE" ? { approvedAmount: amount, approvedAt: now } : {}),
        ...(action === "DISBURSE" ? { disbursedAmount: amount, disbursedAt: now } : {}),
        // 监管统计's time to first response: the first 受理/拒绝/退回 only (a resubmission keeps it)
        ...(rule.by === "staff" && !app.firstRespondedAt && RESPONSES.has(rule.to) ? { firstRespondedAt: now } : {}),
      },
    });
    if (count !== 1) return false;
    await recordTransition(tx, {
      application: { id: app.id, number: app.number, applicantId: app.applicantId, subject: subjectOfApplication(app) },
      from: app.status,
      to: rule.to,
      actor,
      comment,
      amount,
      meta,
    });
    return true;
  });
  if (!changed) {
    throw new RefusedError(
      app.institutionId === null && action === "ACCEPT"
        ? "该续贷申请已被其他金融机构受理"
        : "该申请的状态刚刚发生了变化，请刷新页面后重试",
    );
  }
  return { status: rule.to, productId: app.productId };
}

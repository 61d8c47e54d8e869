import { notify } from "@/lib/messages/notify";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { USER_AUTHORIZATION_VERSION } from "@/lib/agreements/user-authorization";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import { nextApplicationNumber, syncRecordCounter } from "./number";
import { isUniqueViolation } from "./prisma-errors";

// What every write of an application leaves behind, in the same transaction: the status change
// (append-only), a message to the applicant, the audit entry and, on submission, the consent.
type Tx = Prisma.TransactionClient;

export const KIND_LABELS = { NORMAL: "贷款申请", FIRST_LOAN: "首贷申请", RENEWAL: "续贷申请", BRIDGE: "转贷申请" } as const;

export interface TransitionRecord {
  application: { id: string; number: string; applicantId: string; subject: string };
  from: ApplicationStatus | null;
  to: ApplicationStatus;
  actor: Actor;
  comment?: string | null;
  amount?: string | null;
  meta?: RequestMeta;
}

function messageBody(r: TransitionRecord): string {
  const label = APPLICATION_STATUS_LABELS[r.to];
  const parts = [`您的${r.application.subject}（编号 ${r.application.number}）`];
  if (r.from === null) parts.push("已提交，请等待金融机构受理。");
  else if (r.from === "RETURNED" && r.to === "SUBMITTED") parts.push("已重新提交，请等待金融机构受理。");
  else parts.push(`状态已更新为「${label}」。`);
  if (r.to === "APPROVED" && r.amount) parts.push(`授信额度：${r.amount}万元。`);
  if (r.to === "DISBURSED" && r.amount) parts.push(`放款金额：${r.amount}万元。`);
  if (r.to === "REJECTED" && r.comment) parts.push(`原因：${r.comment}`);
  if (r.to === "RETURNED" && r.comment) parts.push(`说明：${r.comment}。请在申请记录中修改后重新提交。`);
  return parts.join("");
}

export async function recordTransition(tx: Tx, r: TransitionRecord): Promise<void> {
  await tx.applicationStatusChange.create({
    data: {
      applicationId: r.application.id,
      fromStatus: r.from,
      toStatus: r.to,
      actorId: r.actor.id,
      actorRole: r.actor.role as Role,
      comment: r.comment ?? null,
      amount: r.amount ?? null,
    },
  });
  await notify(
    {
      userId: r.application.applicantId,
      title: `${r.application.subject}${r.from === null ? "已提交" : `：${APPLICATION_STATUS_LABELS[r.to]}`}`,
      body: messageBody(r),
      link: `/me/applications/${r.application.id}`,
    },
    tx,
  );
  await audit(
    {
      action: r.from === null ? "application.create" : "application.status",
      actorId: r.actor.id,
      targetType: "LoanApplication",
      targetId: r.application.id,
      meta: r.meta,
      detail: { number: r.application.number, from: r.from, to: r.to, ...(r.amount ? { amount: r.amount } : {}) },
    },
    tx,
  );
}

// 《用户授权协议》 accepted for this application: version and time are stored.
export async function recordAuthorizationConsent(tx: Tx, actor: Actor, applicationId: string, meta?: RequestMeta) {
  await tx.consent.create({
    data: {
      userId: actor.id,
      agreement: "USER_AUTHORIZATION",
      version: USER_AUTHORIZATION_VERSION,
      context: `application:${applicationId}`,
      ip: meta?.ip ?? null,
      userAgent: meta?.userAgent ?? null,
    },
  });
}

export type NewApplication = Omit<Prisma.LoanApplicationUncheckedCreateInput, "number" | "idempotencyKey" | "applicantId" | "status">;
export interface CreatedApplication {
  id: string;
  number: string;
  productId: string | null;
}

// Stores a new application with its consent, its first status change (→ 待受理) and a message,
// all in one transaction. The idempotency key (one per rendered form, namespaced by the user) makes a
// double click or a resubmitted form return the application created the first time.
export async function insertApplication(
  actor: Actor,
  formKey: string,
  data: NewApplication,
  subject: string,
  meta?: RequestMeta,
): Promise<CreatedApplication> {
  const idempotencyKey = `${actor.id}:${formKey}`;
  const existing = () => db.loanApplication.findUnique({ where: { idempotencyKey }, select: { id: true, number: true, productId: true } });
  const earlier = await existing();
  if (earlier) return earlier;

  for (let attempt = 0; ; attempt++) {
    const number = await nextApplicationNumber(db);
    try {
      return await db.$transaction(async (tx) => {
        const application = await tx.loanApplication.create({
          data: { ...data, number, idempotencyKey, applicantId: actor.id, status: "SUBMITTED" },
          select: { id: true, number: true, productId: true },
        });
        await recordAuthorizationConsent(tx, actor, application.id, meta);
        await recordTransition(tx, {
          application: { ...application, applicantId: actor.id, subject },
          from: null,
          to: "SUBMITTED",
          actor,
          meta,
        });
        return application;
      });
    } catch (error) {
      if (isUniqueViolation(error, "idempotencyKey")) {
        const winner = await existing();
        if (winner) return winner;
      }
      // A number taken by data loaded outside the counter: move the counter past it and retry.
      if (isUniqueViolation(error, "number") && attempt < 3) {
        await syncRecordCounter(db, "SQ");
        continue;
      }
      throw error;
    }
  }
}

// The console opened an application with its sensitive fields in clear.
export async function recordConsoleView(actor: Actor, application: { id: string; number: string }, meta?: RequestMeta): Promise<void> {
  await audit({
    action: "application.view_sensitive",
    actorId: actor.id,
    targetType: "LoanApplication",
    targetId: application.id,
    meta,
    detail: { number: application.number },
  });
}

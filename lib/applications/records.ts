import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, Role } from "@/lib/generated/prisma/enums";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import { USER_AUTHORIZATION_VERSION } from "@/lib/agreements/user-authorization";
import type { Actor, RequestMeta } from "./actor";

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

// Appends one status change (never updated), tells the applicant in 消息中心 and writes the audit log.
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
  await tx.message.create({
    data: {
      userId: r.application.applicantId,
      title: `${r.application.subject}${r.from === null ? "已提交" : `：${APPLICATION_STATUS_LABELS[r.to]}`}`,
      body: messageBody(r),
      link: `/me/applications/${r.application.id}`,
    },
  });
  await tx.auditLog.create({
    data: {
      actorId: r.actor.id,
      action: r.from === null ? "application.create" : "application.status",
      targetType: "LoanApplication",
      targetId: r.application.id,
      ip: r.meta?.ip ?? null,
      userAgent: r.meta?.userAgent ?? null,
      detail: { number: r.application.number, from: r.from, to: r.to, ...(r.amount ? { amount: r.amount } : {}) },
    },
  });
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

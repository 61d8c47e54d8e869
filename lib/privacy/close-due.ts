import { db } from "@/lib/db";
import { audit } from "@/lib/domain/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { storageFor } from "@/lib/services/storage/select";

// 注销账号, second half: after the cooling-off period the account is de-identified (run by `npm run retention`;
// no server-only imports, so the script can load it). The request and 撤销注销: close-account.ts.
export const COOLING_OFF_DAYS = 15;
const DAY_MS = 86_400_000;
export const DELETED_NAME = "已注销用户";

export function closesAt(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + COOLING_OFF_DAYS * DAY_MS);
}

// The accounts whose cooling-off period has ended are closed; each in its own transaction.
export async function closeDueAccounts(now: Date): Promise<number> {
  const due = await db.user.findMany({
    where: { deletionRequestedAt: { lte: new Date(now.getTime() - COOLING_OFF_DAYS * DAY_MS) }, deletedAt: null },
    select: { id: true },
    take: 500,
  });
  let closed = 0;
  for (const { id } of due) {
    const photos = await db.uploadedFile.findMany({ where: { ownerId: id, purpose: "id-photo" }, select: { id: true, storageKey: true, storage: true } });
    if (!(await db.$transaction((tx) => deIdentify(tx, id, now, photos.map((p) => p.id))))) continue;
    closed += 1;
    // The bytes after the rows: a crash in between leaves an orphan file, never a row without its file.
    for (const photo of photos) await storageFor(photo.storage)?.delete(photo.storageKey).catch(() => {});
  }
  return closed;
}

// What goes, what stays (docs/privacy.md):
// - deleted: certifications and their attempts and face checks, the enterprise profile, messages, sessions,
//   second factor, 身份证照片 (rows and bytes);
// - kept without identity: loan applications (the institution's lending record: amounts, dates, decisions — the
//   applicant's name, ID number, phone, income, 目前贷款总额, 有无被执行 and 逾期情况 are blanked), their status history, demands, 活动报名, 约谈,
//   equity projects, 咨询 (the question text, which the user wrote for the institution), consents (evidence of
//   the lawful basis of past processing, without IP and device), the audit log (network security law: 6 months+);
// - the User row stays as the anchor of those records: phone replaced, name, password and SSO subject gone.
// The applicant's own financial situation (encrypted fields of lib/applications/sensitive.ts).
const NO_FINANCES = { annualIncomeEnc: null, currentLoanTotalEnc: null, hasEnforcementEnc: null, hasOverdueEnc: null };

async function deIdentify(tx: Prisma.TransactionClient, userId: string, now: Date, photoIds: string[]): Promise<boolean> {
  const marked = await tx.user.updateMany({
    where: { id: userId, deletedAt: null, deletionRequestedAt: { not: null } },
    data: {
      deletedAt: now,
      status: "DISABLED",
      phone: `closed:${userId}`,
      name: null,
      passwordHash: null,
      ssoSubject: null,
      displayMode: null,
      failedLoginCount: 0,
      lockedUntil: null,
    },
  });
  if (marked.count !== 1) return false;
  await tx.personalCertification.deleteMany({ where: { userId } });
  await tx.uploadedFile.deleteMany({ where: { id: { in: photoIds } } });
  await tx.enterpriseCertification.deleteMany({ where: { userId } });
  await tx.enterpriseProfile.deleteMany({ where: { userId } });
  await tx.certificationAttempt.deleteMany({ where: { userId } });
  await tx.faceVerification.deleteMany({ where: { userId } });
  await tx.message.deleteMany({ where: { userId } });
  await tx.session.deleteMany({ where: { userId } });
  await tx.secondFactor.deleteMany({ where: { userId } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.loanApplication.updateMany({
    where: { applicantId: userId, applicantType: "PERSONAL" },
    data: { applicantName: DELETED_NAME, idNumberEnc: null, applicantPhone: null, ...NO_FINANCES, idempotencyKey: null },
  });
  // An enterprise's name and 统一社会信用代码 identify the business, not the person: kept; its contact goes.
  await tx.loanApplication.updateMany({
    where: { applicantId: userId, applicantType: "ENTERPRISE" },
    data: { contactName: DELETED_NAME, contactPhone: null, idNumberEnc: null, ...NO_FINANCES, idempotencyKey: null },
  });
  await tx.financingDemand.updateMany({ where: { userId }, data: { realName: DELETED_NAME, phone: "", idempotencyKey: null } });
  await tx.activityRegistration.updateMany({ where: { userId }, data: { name: DELETED_NAME, phone: "", remark: null } });
  await tx.meetingRequest.updateMany({ where: { requesterId: userId }, data: { contactName: DELETED_NAME, contactPhone: "" } });
  await tx.equityProject.updateMany({ where: { ownerId: userId }, data: { contactName: DELETED_NAME, contactPhone: "" } });
  await tx.consent.updateMany({ where: { userId }, data: { ip: null, userAgent: null } });
  await audit({ action: "privacy.close.executed", actorId: null, targetType: "User", targetId: userId }, tx);
  return true;
}

import { openApplicationFields } from "@/lib/applications/sensitive";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError } from "@/lib/domain/errors";

// 下载我的数据 (PIPL art. 45: a copy of one's personal information): everything the platform holds about the
// account, in one JSON document, with the encrypted fields decrypted — it is the user's own data. Never the
// password hash, the second-factor secret, recovery codes or another person's data (an institution's staff
// names, other users). Audited (who downloaded, from where), not stored.
export const EXPORT_FORMAT = "tianshui-personal-data/1";


export async function exportMyData(actor: Actor, meta: RequestMeta, now: Date) {
  const userId = actor.id;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      phone: true, role: true, status: true, name: true, createdAt: true, lastLoginAt: true, passwordChangedAt: true, displayMode: true,
      deletionRequestedAt: true, ssoSubject: true, institution: { select: { name: true } },
      enterprise: { select: { name: true, uscc: true, region: true, industry: true, createdAt: true } },
      personalCertification: { select: { status: true, method: true, realName: true, idNumberEnc: true, phone: true, verifiedAt: true, createdAt: true } },
      enterpriseCertification: { select: { status: true, method: true, enterpriseName: true, legalRepName: true, legalRepIdEnc: true, uscc: true, verifiedAt: true, createdAt: true } },
      secondFactor: { select: { enabledAt: true } },
    },
  });
  if (!user) throw new NotFoundError();
  const [applications, demands, registrations, consultations, messages, consents, sessions, meetings, projects, files, attempts] = await Promise.all([
    db.loanApplication.findMany({
      where: { applicantId: userId },
      orderBy: { submittedAt: "asc" },
      include: { product: { select: { name: true } }, institution: { select: { name: true } }, history: { select: { fromStatus: true, toStatus: true, comment: true, amount: true, createdAt: true }, orderBy: { createdAt: "asc" } } },
    }),
    db.financingDemand.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, include: { takenBy: { select: { name: true } }, history: { select: { fromStatus: true, toStatus: true, event: true, comment: true, createdAt: true }, orderBy: { createdAt: "asc" } } } }),
    db.activityRegistration.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, include: { activity: { select: { title: true, startAt: true } } } }),
    db.consultation.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { question: true, answer: true, answeredAt: true, createdAt: true, product: { select: { name: true } }, institution: { select: { name: true } } } }),
    db.message.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { title: true, body: true, link: true, readAt: true, createdAt: true } }),
    db.consent.findMany({ where: { userId }, orderBy: { acceptedAt: "asc" }, select: { agreement: true, version: true, acceptedAt: true, withdrawnAt: true, context: true, ip: true } }),
    db.session.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { createdAt: true, lastSeenAt: true, revokedAt: true, ip: true, userAgent: true } }),
    db.meetingRequest.findMany({ where: { requesterId: userId }, orderBy: { createdAt: "asc" }, select: { contactName: true, contactPhone: true, status: true, reply: true, createdAt: true, project: { select: { name: true } }, institution: { select: { name: true } } } }),
    db.equityProject.findMany({ where: { ownerId: userId }, orderBy: { createdAt: "asc" }, omit: { ownerId: true, reviewedById: true } }),
    db.uploadedFile.findMany({ where: { ownerId: userId }, orderBy: { createdAt: "asc" }, select: { purpose: true, originalName: true, mimeType: true, size: true, sha256: true, createdAt: true } }),
    db.certificationAttempt.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: { kind: true, outcome: true, detail: true, createdAt: true } }),
  ]);

  const { personalCertification: pc, enterpriseCertification: ec, secondFactor, institution, ...account } = user;
  const document = {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    account: { ...account, institution: institution?.name ?? null, ssoLinked: !!account.ssoSubject, ssoSubject: undefined, secondFactorEnabledAt: secondFactor?.enabledAt ?? null },
    personalCertification: pc ? { ...pc, idNumberEnc: undefined, idNumber: pc.idNumberEnc ? decrypt(pc.idNumberEnc, column("PersonalCertification", "idNumberEnc", userId)) : null } : null,
    enterpriseCertification: ec ? { ...ec, legalRepIdEnc: undefined, legalRepIdNumber: ec.legalRepIdEnc ? decrypt(ec.legalRepIdEnc, column("EnterpriseCertification", "legalRepIdEnc", userId)) : null } : null,
    certificationAttempts: attempts,
    applications: applications.map((row) => {
      const { idNumberEnc: _id, annualIncomeEnc: _income, currentLoanTotalEnc: _total, hasEnforcementEnc: _enf, hasOverdueEnc: _overdue, applicantId: _applicant, idempotencyKey: _key, product, institution: handler, ...a } = row;
      return { ...a, product: product?.name ?? null, institution: handler?.name ?? null, ...openApplicationFields(row) };
    }),
    demands: demands.map(({ userId: _u, idempotencyKey: _k, takenBy, ...d }) => ({ ...d, takenBy: takenBy?.name ?? null })),
    activityRegistrations: registrations.map(({ userId: _u, activityId: _a, activity, ...r }) => ({ ...r, activity: activity.title, activityStartAt: activity.startAt })),
    consultations: consultations.map(({ product, institution: org, ...c }) => ({ ...c, product: product?.name ?? null, institution: org.name })),
    meetingRequests: meetings.map(({ project, institution: org, ...m }) => ({ ...m, project: project?.name ?? null, institution: org?.name ?? null })),
    equityProjects: projects,
    files,
    messages,
    consents,
    sessions,
  };
  await audit({ action: "privacy.export", actorId: userId, targetType: "User", targetId: userId, meta, detail: { applications: applications.length, messages: messages.length } });
  return document;
}

export function exportFileName(now: Date): string {
  const day = now.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" }).replace(/-/g, "");
  return `my-data-${day}.json`;
}

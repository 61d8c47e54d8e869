import "server-only";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { CertificationStatus } from "@/lib/generated/prisma/enums";
import { maskIdNumber, maskName } from "@/lib/mask";
import { failuresToday } from "./attempts";
import { MAX_DAILY_FAILURES } from "./schema";

export interface CertificationSummary {
  status: CertificationStatus;
  rows: { label: string; value: string }[]; // masked
  at: Date | null; // verified, or last changed
  failureReason: string | null;
}

// 认证授权: the signed-in user's own certifications, masked for display. Always scoped by userId.
export async function myCertifications(userId: string, now = new Date()) {
  const [personal, enterprise, enterpriseFailures, personalFailures, face] = await Promise.all([
    db.personalCertification.findUnique({ where: { userId } }),
    db.enterpriseCertification.findUnique({ where: { userId } }),
    failuresToday(userId, "enterprise", now),
    failuresToday(userId, "personal", now),
    // 认证中: the provider's page of the open attempt while its token lives (继续人脸认证).
    db.faceVerification.findFirst({ where: { userId, usedAt: null, expiresAt: { gt: now } }, orderBy: { createdAt: "desc" }, select: { url: true } }),
  ]);
  const personalSummary: CertificationSummary = {
    status: personal?.status ?? "UNVERIFIED",
    rows: personal?.realName
      ? [
          { label: "姓名", value: maskName(personal.realName) },
          ...(personal.idNumberEnc ? [{ label: "身份证号码", value: maskIdNumber(decrypt(personal.idNumberEnc, column("PersonalCertification", "idNumberEnc", userId))) }] : []),
        ]
      : [],
    at: personal?.verifiedAt ?? personal?.updatedAt ?? null,
    failureReason: personal?.failureReason ?? null,
  };
  const enterpriseSummary: CertificationSummary = {
    status: enterprise?.status ?? "UNVERIFIED",
    rows: enterprise?.enterpriseName
      ? [
          { label: "企业名称", value: enterprise.enterpriseName },
          { label: "法人姓名", value: maskName(enterprise.legalRepName ?? "") },
          ...(enterprise.legalRepIdEnc ? [{ label: "法人身份证号码", value: maskIdNumber(decrypt(enterprise.legalRepIdEnc, column("EnterpriseCertification", "legalRepIdEnc", userId))) }] : []),
          { label: "统一社会信用代码", value: enterprise.uscc ?? "" },
        ]
      : [],
    at: enterprise?.verifiedAt ?? enterprise?.updatedAt ?? null,
    failureReason: enterprise?.failureReason ?? null,
  };
  return {
    personal: personalSummary,
    enterprise: enterpriseSummary,
    enterpriseBlocked: enterpriseFailures >= MAX_DAILY_FAILURES,
    personalBlocked: personalFailures >= MAX_DAILY_FAILURES,
    personalFaceUrl: personal?.status === "PENDING" ? (face?.url ?? null) : null,
  };
}

// The form's defaults: what the enterprise registered with.
export async function enterpriseDefaults(userId: string) {
  const profile = await db.enterpriseProfile.findUnique({ where: { userId }, select: { name: true, uscc: true } });
  return { enterpriseName: profile?.name ?? "", legalRepName: "", legalRepIdNumber: "", uscc: profile?.uscc ?? "" };
}

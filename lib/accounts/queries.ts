import "server-only";
import { db } from "@/lib/db";
import type { CertificationStatus, Role } from "@/lib/generated/prisma/enums";

// The signed-in user's own account, for 个人中心 (always scoped by the session user's id).
export interface AccountSummary {
  phone: string;
  role: Role;
  name: string | null;
  enterpriseName: string | null;
  uscc: string | null;
  institutionName: string | null;
  personalCertification: CertificationStatus;
  enterpriseCertification: CertificationStatus;
  ssoLinked: boolean;
  hasPassword: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
}

export async function getAccountSummary(userId: string): Promise<AccountSummary | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      phone: true,
      role: true,
      name: true,
      ssoSubject: true,
      passwordHash: true,
      createdAt: true,
      lastLoginAt: true,
      enterprise: { select: { name: true, uscc: true } },
      institution: { select: { name: true } },
      personalCertification: { select: { status: true } },
      enterpriseCertification: { select: { status: true } },
    },
  });
  if (!user) return null;
  return {
    phone: user.phone,
    role: user.role,
    name: user.name,
    enterpriseName: user.enterprise?.name ?? null,
    uscc: user.enterprise?.uscc ?? null,
    institutionName: user.institution?.name ?? null,
    personalCertification: user.personalCertification?.status ?? "UNVERIFIED",
    enterpriseCertification: user.enterpriseCertification?.status ?? "UNVERIFIED",
    ssoLinked: !!user.ssoSubject,
    hasPassword: !!user.passwordHash,
    createdAt: user.createdAt,
    lastLoginAt: user.lastLoginAt,
  };
}

export const ROLE_LABELS: Record<Role, string> = {
  PERSONAL: "个人用户",
  ENTERPRISE: "企业用户",
  STAFF: "机构人员",
  ADMIN: "管理员",
};

export const CERTIFICATION_LABELS: Record<CertificationStatus, string> = {
  UNVERIFIED: "未认证",
  PENDING: "认证中",
  VERIFIED: "已认证",
  FAILED: "认证失败",
};

// The role behind a phone number that has just signed in (where to land after 登录).
export async function roleOfPhone(phone: string): Promise<Role | null> {
  const user = await db.user.findUnique({ where: { phone }, select: { role: true } });
  return user?.role ?? null;
}

export function homeOf(role: Role | null): string {
  if (role === "ADMIN") return "/admin";
  if (role === "STAFF") return "/org";
  return "/";
}

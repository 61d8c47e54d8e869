// Steps: the demo accounts of docs/product.md ("Demo data"), one staff member per institution
// (phones 137…) and the synthetic applicants (phones 139…). Never run in production.
import { blindIndex, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/password";
import { INSTITUTIONS } from "./institution-data";
import { APPLICANTS, DEMO_ENTERPRISE, DEMO_UNVERIFIED_ENTERPRISE, type Enterprise } from "./people";
import { cst, type Db, institutionIdsByName, personName, report, rng, seedId } from "./util";

export const DEMO_PASSWORD = "Tianshui@2026";

export interface DemoAccount {
  key: string;
  label: string;
  phone: string;
  password: string;
  role: Role;
  name: string;
  institution?: string; // staff: Institution.name
  staffRole?: "MANAGER" | "CLERK"; // staff: 管理员 (the default) or 业务员
  enterprise?: Enterprise;
  enterpriseVerified?: boolean;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { key: "personal", label: "个人用户", phone: "13800000001", password: DEMO_PASSWORD, role: "PERSONAL", name: "张伟" },
  { key: "enterprise", label: "企业用户（已认证，天水示范科技有限公司）", phone: "13800000002", password: DEMO_PASSWORD, role: "ENTERPRISE",
    name: DEMO_ENTERPRISE.legalRepName, enterprise: DEMO_ENTERPRISE, enterpriseVerified: true },
  { key: "enterpriseUnverified", label: "企业用户（未认证）", phone: "13800000003", password: DEMO_PASSWORD, role: "ENTERPRISE",
    name: DEMO_UNVERIFIED_ENTERPRISE.legalRepName, enterprise: DEMO_UNVERIFIED_ENTERPRISE },
  { key: "staffIcbc", label: "机构人员（工商银行）", phone: "13800000011", password: DEMO_PASSWORD, role: "STAFF", name: "刘洋", institution: "工商银行" },
  { key: "staffQinzhou", label: "机构人员（天水秦州农村合作银行）", phone: "13800000012", password: DEMO_PASSWORD, role: "STAFF", name: "陈静",
    institution: "天水秦州农村合作银行" },
  { key: "staffFund", label: "机构人员（投资机构：天水市产业引导基金管理有限公司）", phone: "13800000013", password: DEMO_PASSWORD, role: "STAFF",
    name: "杨帆", institution: "天水市产业引导基金管理有限公司" },
  { key: "clerkIcbc", label: "机构人员（工商银行，业务员）", phone: "13800000014", password: DEMO_PASSWORD, role: "STAFF", name: "王磊", institution: "工商银行",
    staffRole: "CLERK" },
  { key: "admin", label: "管理员（金融办）", phone: "13800000099", password: DEMO_PASSWORD, role: "ADMIN", name: "周敏" },
];

export function demoAccount(key: string): DemoAccount {
  const account = DEMO_ACCOUNTS.find((a) => a.key === key);
  if (!account) throw new Error(`Unknown demo account: ${key}`);
  return account;
}

/** Phone of the seeded staff member of an institution (one per institution, 1370938xxxx). */
export function staffPhone(institutionName: string): string {
  const index = INSTITUTIONS.findIndex((i) => i.name === institutionName);
  if (index < 0) throw new Error(`Unknown institution: ${institutionName}`);
  return `1370938${String(index + 1).padStart(4, "0")}`;
}

let passwordHash: Promise<string> | undefined;
/** argon2id hash of DEMO_PASSWORD, computed once per run and shared by every seeded account. */
export function seedPasswordHash(): Promise<string> {
  return (passwordHash ??= hashPassword(DEMO_PASSWORD));
}

const CREATED = cst("2020-08-01");

export async function seedDemoAccounts(db: Db): Promise<void> {
  const hash = await seedPasswordHash();
  const institutions = await institutionIdsByName(db);
  const users = DEMO_ACCOUNTS.map((a) => ({
    id: seedId(`user:${a.phone}`),
    phone: a.phone,
    passwordHash: hash,
    role: a.role,
    name: a.name,
    institutionId: a.institution ? institutions.get(a.institution)!.id : null,
    staffRole: a.role === "STAFF" ? (a.staffRole ?? "MANAGER") : null,
    createdAt: CREATED,
    passwordChangedAt: CREATED,
  }));
  const { count } = await db.user.createMany({ data: users, skipDuplicates: true });
  report("demo accounts", users.length, count, "accounts");

  const ids = new Map((await db.user.findMany({ where: { phone: { in: users.map((u) => u.phone) } } })).map((u) => [u.phone, u.id]));
  const withEnterprise = DEMO_ACCOUNTS.filter((a) => a.enterprise);
  await db.enterpriseProfile.createMany({
    data: withEnterprise.map((a) => ({
      id: seedId(`enterprise:${a.phone}`),
      userId: ids.get(a.phone)!,
      name: a.enterprise!.name,
      uscc: a.enterprise!.uscc,
      region: a.enterprise!.region,
      industry: a.enterprise!.industry,
    })),
    skipDuplicates: true,
  });
  await db.enterpriseCertification.createMany({
    data: withEnterprise.filter((a) => a.enterpriseVerified).map((a) => ({
      id: seedId(`enterprise-cert:${a.phone}`),
      userId: ids.get(a.phone)!,
      status: "VERIFIED" as const,
      method: "REGISTRY" as const,
      enterpriseName: a.enterprise!.name,
      legalRepName: a.enterprise!.legalRepName,
      legalRepIdEnc: encrypt(a.enterprise!.legalRepIdNumber, column("EnterpriseCertification", "legalRepIdEnc", ids.get(a.phone)!)),
      legalRepIdHash: blindIndex(a.enterprise!.legalRepIdNumber),
      uscc: a.enterprise!.uscc,
      verifiedAt: cst("2020-08-03", 15),
    })),
    skipDuplicates: true,
  });
}

export async function seedStaff(db: Db): Promise<void> {
  const hash = await seedPasswordHash();
  const institutions = await institutionIdsByName(db);
  const r = rng(20260303);
  const users = INSTITUTIONS.map((inst) => ({
    id: seedId(`user:${staffPhone(inst.name)}`),
    phone: staffPhone(inst.name),
    passwordHash: hash,
    role: "STAFF" as const,
    name: personName(r, r.chance(0.5)),
    institutionId: institutions.get(inst.name)!.id,
    staffRole: "MANAGER" as const,
    createdAt: CREATED,
  }));
  const { count } = await db.user.createMany({ data: users, skipDuplicates: true });
  report("institution staff", users.length, count, "staff accounts");
}

export async function seedApplicants(db: Db): Promise<void> {
  const hash = await seedPasswordHash();
  const users = APPLICANTS.map((a) => ({
    id: seedId(`user:${a.phone}`),
    phone: a.phone,
    passwordHash: hash,
    role: a.role,
    name: a.name,
    createdAt: cst(`2021-${String((a.index % 12) + 1).padStart(2, "0")}-${String((a.index % 27) + 1).padStart(2, "0")}`),
  }));
  const { count } = await db.user.createMany({ data: users, skipDuplicates: true });
  report("applicant users", users.length, count, "users");

  const ids = new Map((await db.user.findMany({ where: { phone: { in: users.map((u) => u.phone) } } })).map((u) => [u.phone, u.id]));
  await db.enterpriseProfile.createMany({
    data: APPLICANTS.filter((a) => a.enterprise).map((a) => ({
      id: seedId(`enterprise:${a.phone}`),
      userId: ids.get(a.phone)!,
      name: a.enterprise!.name,
      uscc: a.enterprise!.uscc,
      region: a.enterprise!.region,
      industry: a.enterprise!.industry,
    })),
    skipDuplicates: true,
  });
  const verifiedAt = cst("2021-12-20", 10);
  await db.personalCertification.createMany({
    data: APPLICANTS.filter((a) => !a.enterprise).map((a) => ({
      id: seedId(`personal-cert:${a.phone}`),
      userId: ids.get(a.phone)!,
      status: "VERIFIED" as const,
      method: "FORM" as const,
      realName: a.name,
      idNumberEnc: encrypt(a.idNumber, column("PersonalCertification", "idNumberEnc", ids.get(a.phone)!)),
      idNumberHash: blindIndex(a.idNumber),
      phone: a.phone,
      verifiedAt,
    })),
    skipDuplicates: true,
  });
  await db.enterpriseCertification.createMany({
    data: APPLICANTS.filter((a) => a.enterprise).map((a) => ({
      id: seedId(`enterprise-cert:${a.phone}`),
      userId: ids.get(a.phone)!,
      status: "VERIFIED" as const,
      method: "REGISTRY" as const,
      enterpriseName: a.enterprise!.name,
      legalRepName: a.enterprise!.legalRepName,
      legalRepIdEnc: encrypt(a.enterprise!.legalRepIdNumber, column("EnterpriseCertification", "legalRepIdEnc", ids.get(a.phone)!)),
      legalRepIdHash: blindIndex(a.enterprise!.legalRepIdNumber),
      uscc: a.enterprise!.uscc,
      verifiedAt,
    })),
    skipDuplicates: true,
  });
}

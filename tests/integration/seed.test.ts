// The seeded database (tests/helpers gives this file a fresh migrated + seeded copy):
// the manual's institution figures, filter coverage of 金融超市, demo accounts and the manual's examples.
import { describe, expect, it } from "vitest";
import { openApplicationField } from "@/lib/applications/sensitive";
import { blindIndex, decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { verifyPassword } from "@/lib/password";
import { AMOUNT_BUCKETS, BANKS, LOAN_METHODS, PRODUCT_INSTITUTION_TYPES, RATE_BUCKETS, REGIONS, TERM_BUCKETS, type Bucket } from "@/lib/reference";
import { isValidIdNumber } from "@/lib/validation/id-number";
import { isValidUscc } from "@/lib/validation/uscc";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@/prisma/seed/accounts";
import { DEMO_ENTERPRISE } from "@/prisma/seed/people";
import { SEED_STEPS } from "@/prisma/seed/steps";

async function figures(name: string) {
  const institution = await db.institution.findUniqueOrThrow({ where: { name } });
  const products = await db.product.count({ where: { institutionId: institution.id, status: "PUBLISHED" } });
  const applications = await db.loanApplication.count({ where: { institutionId: institution.id, status: { in: ["APPROVED", "DISBURSED"] } } });
  const demands = await db.financingDemand.count({ where: { takenByInstitutionId: institution.id, status: "MATCHED" } });
  const sum = await db.loanApplication.aggregate({ where: { institutionId: institution.id, status: "DISBURSED" }, _sum: { disbursedAmount: true } });
  return { products, success: applications + demands, disbursed: Number(sum._sum.disbursedAmount ?? 0) };
}

describe("institution figures of the manual", () => {
  it.each([
    ["天水秦州农村合作银行", 14, 93, 23249],
    ["甘肃银行", 9, 33, 640],
    ["甘谷县农村信用合作联社", 9, 2, 0],
    ["武山县农村信用合作联社", 9, 1, 0],
    ["邮储银行", 7, 15, 0],
  ])("%s: %i款 / %i笔 / %i万", async (name, products, success, disbursed) => {
    expect(await figures(name)).toEqual({ products, success, disbursed });
  });

  it("天水秦州农村合作银行 has the largest 累计放款金额", async () => {
    const sums = await db.loanApplication.groupBy({ by: ["institutionId"], where: { status: "DISBURSED" }, _sum: { disbursedAmount: true } });
    const top = sums.sort((a, b) => Number(b._sum.disbursedAmount) - Number(a._sum.disbursedAmount))[0];
    const institution = await db.institution.findUniqueOrThrow({ where: { id: top.institutionId! } });
    expect(institution.name).toBe("天水秦州农村合作银行");
  });
});

describe("金融超市 products", () => {
  const published: Prisma.ProductWhereInput = { status: "PUBLISHED" };
  const bucket = (b: Bucket, zeroInclusive = false) => ({
    ...(zeroInclusive && b.min === 0 ? { gte: b.min } : { gt: b.min }),
    ...(b.max === null ? {} : { lte: b.max }),
  });

  it("has at least 80 published products", async () => {
    expect(await db.product.count({ where: published })).toBeGreaterThanOrEqual(80);
  });

  it("every option of every filter group matches at least one product", async () => {
    const options: [string, Prisma.ProductWhereInput][] = [
      ...BANKS.map((bank): [string, Prisma.ProductWhereInput] => [`银行 ${bank}`, { institution: { name: bank } }]),
      ...PRODUCT_INSTITUTION_TYPES.map((t): [string, Prisma.ProductWhereInput] => [`机构类型 ${t.label}`, { institutionType: t.value }]),
      ["标签 普惠类", { tags: { has: "INCLUSIVE" } }],
      ["标签 交易类", { tags: { has: "TRANSACTION" } }],
      ["特色 首贷", { isFirstLoan: true }],
      ["特色 续贷", { isRenewal: true }],
      ["类型 个人类", { category: "PERSONAL" }],
      ["类型 企业类", { category: "ENTERPRISE" }],
      ...LOAN_METHODS.map((m): [string, Prisma.ProductWhereInput] => [`方式 ${m.label}`, { methods: { has: m.value } }]),
      ...AMOUNT_BUCKETS.map((b): [string, Prisma.ProductWhereInput] => [`金额 ${b.label}`, { maxAmount: bucket(b) }]),
      ...TERM_BUCKETS.map((b): [string, Prisma.ProductWhereInput] => [`期限 ${b.label}`, { maxTermMonths: bucket(b) }]),
      ...RATE_BUCKETS.map((b): [string, Prisma.ProductWhereInput] => [`利率 ${b.label}`, { minRate: bucket(b, true) }]),
      ...REGIONS.map((r): [string, Prisma.ProductWhereInput] => [`地区 ${r.label}`, { regions: { has: r.value } }]),
    ];
    const empty: string[] = [];
    for (const [label, where] of options) {
      if ((await db.product.count({ where: { ...published, ...where } })) === 0) empty.push(label);
    }
    expect(empty).toEqual([]);
  });

  it("includes boundary values of the buckets", async () => {
    for (const maxAmount of [100, 500, 1000]) expect(await db.product.count({ where: { ...published, maxAmount } })).toBeGreaterThan(0);
    for (const maxTermMonths of [12, 24, 60]) expect(await db.product.count({ where: { ...published, maxTermMonths } })).toBeGreaterThan(0);
    for (const minRate of [5, 10, 15, 20]) expect(await db.product.count({ where: { ...published, minRate } })).toBeGreaterThan(0);
  });

  it("denormalises the institution type onto every product", async () => {
    const products = await db.product.findMany({ include: { institution: true } });
    expect(products.filter((p) => p.institutionType !== p.institution.type)).toEqual([]);
  });

  it("has the manual's 工商银行 抗疫贷 with its exact figures", async () => {
    const p = await db.product.findFirstOrThrow({ where: { name: "抗疫贷", institution: { name: "工商银行" } } });
    expect(p.minRate.toString()).toBe("4.05");
    expect(p.maxTermMonths).toBe(12);
    expect(p.maxAmount.toString()).toBe("300");
    expect(p.methods).toEqual(["CREDIT"]);
    expect(p.highlights).toBe("满足企业疫情防控期间的资金周转需求");
    expect(p.publishedAt.toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" })).toBe("2020-07-08");
    expect(p.status).toBe("PUBLISHED");
  });

  it("has the other examples of the manual", async () => {
    const find = (institution: string, name: string) => db.product.findFirstOrThrow({ where: { name, institution: { name: institution } } });
    const small = await find("建设银行", "小微经营贷");
    expect([small.minRate.toString(), small.maxTermMonths, small.maxAmount.toString(), small.applicableArea]).toEqual(["4.62", 36, "500", "天水市"]);
    const large = await find("建设银行", "小企业经营贷");
    expect([large.minRate.toString(), large.maxTermMonths, large.maxAmount.toString(), large.methods]).toEqual(["4.62", 36, "3000", ["CREDIT"]]);
    const wei = await find("农业银行", "微建贷");
    expect([wei.minRate.toString(), wei.maxTermMonths, wei.maxAmount.toString(), wei.methods]).toEqual(["4.35", 12, "100", ["CREDIT"]]);
    const personal = await find("天水秦州农村合作银行", "个人贷款");
    expect(personal.minRate.toString()).toBe("4.15");
    expect(personal.methods).toEqual(["CREDIT", "MORTGAGE", "PLEDGE", "GUARANTEE"]);
    expect(personal.highlights).toBe("个人抵/质押(担保)贷款");
    expect(personal.repaymentMethod).toBe("由借贷双方协商, 在合同中约定。");
    expect(personal.prepayment).toBe("无");
    expect(personal.ageRequirement).toBe("具有完全民事行为能力");
    expect(personal.workRequirement).toBe("有固定经营场所");
    expect(personal.requiredMaterials).toBe("借款申请书、身份证明、收入证明、抵押/质押材料、农村合作金融机构要求的其他材料。");
  });
});

describe("demo accounts", () => {
  it("exist with argon2id hashes of the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.user.findUniqueOrThrow({ where: { phone: account.phone }, include: { institution: true } });
      expect(user.role).toBe(account.role);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verifyPassword(user.passwordHash!, DEMO_PASSWORD)).toBe(true);
      expect(user.institution?.name ?? null).toBe(account.institution ?? null);
    }
    const fundStaff = await db.user.findUniqueOrThrow({ where: { phone: "13800000013" }, include: { institution: true } });
    expect(fundStaff.institution?.type).toBe("FUND");
  });

  it("13800000002 is a verified 天水示范科技有限公司 found in the registry; 13800000003 is unverified", async () => {
    const user = await db.user.findUniqueOrThrow({ where: { phone: "13800000002" }, include: { enterprise: true, enterpriseCertification: true } });
    expect(user.enterprise?.name).toBe("天水示范科技有限公司");
    expect(user.enterpriseCertification).toMatchObject({ status: "VERIFIED", method: "REGISTRY", uscc: user.enterprise?.uscc });
    expect(decrypt(user.enterpriseCertification!.legalRepIdEnc!, column("EnterpriseCertification", "legalRepIdEnc", user.id))).toBe(DEMO_ENTERPRISE.legalRepIdNumber);
    const registry = await db.registryEnterprise.findUniqueOrThrow({ where: { uscc: DEMO_ENTERPRISE.uscc } });
    expect(registry.legalRepIdHash).toBe(blindIndex(DEMO_ENTERPRISE.legalRepIdNumber));
    const other = await db.user.findUniqueOrThrow({ where: { phone: "13800000003" }, include: { enterprise: true, enterpriseCertification: true } });
    expect(other.enterprise?.uscc).not.toBe(user.enterprise?.uscc);
    expect(other.enterpriseCertification?.status ?? "UNVERIFIED").toBe("UNVERIFIED");
  });

  it("own no seeded records", async () => {
    const phones = DEMO_ACCOUNTS.map((a) => a.phone);
    expect(await db.loanApplication.count({ where: { applicant: { phone: { in: phones } } } })).toBe(0);
    expect(await db.financingDemand.count({ where: { user: { phone: { in: phones } } } })).toBe(0);
    expect(await db.activityRegistration.count({ where: { user: { phone: { in: phones } } } })).toBe(0);
  });
});

describe("synthetic data", () => {
  it("uses valid 身份证号 and 统一社会信用代码", async () => {
    const apps = await db.loanApplication.findMany({ select: { id: true, idNumberEnc: true, uscc: true } });
    for (const a of apps) {
      if (a.idNumberEnc) expect(isValidIdNumber(openApplicationField(a.id, "idNumberEnc", a.idNumberEnc))).toBe(true);
      if (a.uscc) expect(isValidUscc(a.uscc)).toBe(true);
    }
    for (const e of await db.registryEnterprise.findMany()) expect(isValidUscc(e.uscc)).toBe(true);
    for (const e of await db.enterpriseProfile.findMany()) expect(isValidUscc(e.uscc)).toBe(true);
  });

  it("has content, activities (one full) and equity data", async () => {
    expect(await db.article.count({ where: { kind: "POLICY", status: "PUBLISHED" } })).toBeGreaterThanOrEqual(12);
    expect(await db.article.count({ where: { kind: "NEWS", status: "PUBLISHED" } })).toBeGreaterThanOrEqual(12);
    const activities = await db.activity.findMany({ include: { registrations: { where: { status: "REGISTERED" } } } });
    expect(activities).toHaveLength(8);
    for (const a of activities) expect(a.registrations.reduce((s, r) => s + r.attendees, 0)).toBe(a.registeredCount);
    const now = new Date();
    expect(activities.some((a) => a.registeredCount === a.capacity && a.registrationDeadline > now)).toBe(true);
    expect(activities.some((a) => a.registeredCount < a.capacity && a.registrationDeadline > now)).toBe(true);
    expect(activities.some((a) => a.startAt < now)).toBe(true);
    expect(await db.institution.count({ where: { type: "FUND" } })).toBe(6);
    expect(await db.equityProject.count()).toBe(8);
    expect(await db.institution.count({ where: { isBridgeLoanProvider: true } })).toBe(1);
  });

  it("is idempotent: running every step again adds nothing", async () => {
    const counts = async () => [await db.institution.count(), await db.product.count(), await db.user.count(), await db.loanApplication.count(),
      await db.applicationStatusChange.count(), await db.financingDemand.count(), await db.activityRegistration.count(), await db.article.count()];
    const before = await counts();
    for (const step of SEED_STEPS) await step.run(db);
    expect(await counts()).toEqual(before);
  });
});

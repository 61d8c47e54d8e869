import { describe, expect, it } from "vitest";
import { enumOfSlug, INSTITUTION_FILTER_GROUPS, parseInstitutionFilters } from "@/lib/catalogue/filters";
import { db } from "@/lib/db";
import { getPlatformFigures } from "@/lib/catalogue/queries-home";
import { getInstitutionFigures, listInstitutions } from "@/lib/catalogue/queries-institutions";
import { getProductFigures } from "@/lib/catalogue/queries-product";
import { Prisma } from "@/lib/generated/prisma/client";

// docs/product.md: the figures the manual shows for 金融机构, derived from seeded records.
const MANUAL = [
  ["天水秦州农村合作银行", 14, 93, "23249"],
  ["甘肃银行", 9, 33, "640"],
  ["甘谷县农村信用合作联社", 9, 2, "0"],
  ["武山县农村信用合作联社", 9, 1, "0"],
  ["邮储银行", 7, 15, "0"],
] as const;

async function figuresByName(name: string) {
  const institution = await db.institution.findUniqueOrThrow({ where: { name } });
  const figures = await getInstitutionFigures();
  return figures[institution.id] ?? { productCount: 0, matchCount: 0, lentWan: "0" };
}

// The same definitions, counted row by row with plain queries.
async function countedFigures(institutionId: string) {
  const productCount = await db.product.count({ where: { institutionId, status: "PUBLISHED" } });
  const successful = await db.loanApplication.findMany({
    where: { institutionId, status: { in: ["APPROVED", "DISBURSED"] } },
    select: { status: true, disbursedAmount: true },
  });
  const demands = await db.financingDemand.count({ where: { takenByInstitutionId: institutionId, status: "MATCHED" } });
  const lent = successful
    .filter((a) => a.status === "DISBURSED")
    .reduce((sum, a) => sum.plus(a.disbursedAmount ?? 0), new Prisma.Decimal(0));
  return { productCount, matchCount: successful.length + demands, lentWan: lent.toString() };
}

describe("institution figures", () => {
  it.each(MANUAL)("%s: %i款 / %i笔 / %s万", async (name, products, matches, lent) => {
    expect(await figuresByName(name)).toEqual({ productCount: products, matchCount: matches, lentWan: lent });
  });

  it("equal a row-by-row count for every institution", async () => {
    const all = await db.institution.findMany({ select: { id: true } });
    const figures = await getInstitutionFigures();
    for (const { id } of all) {
      expect(figures[id] ?? { productCount: 0, matchCount: 0, lentWan: "0" }).toEqual(await countedFigures(id));
    }
  });

  it("follow the records: a new disbursed application changes them", async () => {
    const bank = await db.institution.findUniqueOrThrow({ where: { name: "甘肃银行" } });
    const applicant = await db.user.findFirstOrThrow();
    const before = await figuresByName("甘肃银行");
    await db.loanApplication.create({
      data: {
        number: "SQTEST0000001",
        applicantId: applicant.id,
        applicantType: "PERSONAL",
        institutionId: bank.id,
        amount: 10,
        termMonths: 12,
        status: "DISBURSED",
        approvedAmount: 10,
        disbursedAmount: "10.50",
      },
    });
    const after = await figuresByName("甘肃银行");
    expect(after.matchCount).toBe(before.matchCount + 1);
    expect(after.lentWan).toBe(new Prisma.Decimal(before.lentWan).plus("10.5").toString());
  });
});

describe("金融机构 list", () => {
  it.each(INSTITUTION_FILTER_GROUPS.flatMap((g) => g.options.map((o) => [g.label, o.label, g.key, o.value] as const)))(
    "%s = %s lists exactly the matching published institutions",
    async (_g, _o, key, value) => {
      const list = await listInstitutions(parseInstitutionFilters({ [key]: value }));
      const rows = await db.institution.findMany({ where: { status: "PUBLISHED" } });
      const expected = rows.filter((r) =>
        key === "type" ? r.type === enumOfSlug(value) : r.serviceRegions.includes(enumOfSlug(value) as never),
      );
      expect(list.map((i) => i.id).sort()).toEqual(expected.map((r) => r.id).sort());
    },
  );

  it("lists every published institution without filters", async () => {
    const list = await listInstitutions(parseInstitutionFilters({}));
    expect(list.length).toBe(await db.institution.count({ where: { status: "PUBLISHED" } }));
    expect(list.length).toBeGreaterThanOrEqual(20);
  });

  it("sorts by 产品数量, 对接成功笔数 and 累计放款金额, largest first", async () => {
    const byProducts = await listInstitutions(parseInstitutionFilters({}));
    const byMatches = await listInstitutions(parseInstitutionFilters({ sort: "matches" }));
    const byLending = await listInstitutions(parseInstitutionFilters({ sort: "lending" }));
    const nonIncreasing = (values: number[]) => values.every((v, i) => i === 0 || values[i - 1] >= v);
    expect(nonIncreasing(byProducts.map((i) => i.productCount))).toBe(true);
    expect(nonIncreasing(byMatches.map((i) => i.matchCount))).toBe(true);
    expect(nonIncreasing(byLending.map((i) => Number(i.lentWan)))).toBe(true);
    expect(byLending[0].name).toBe("天水秦州农村合作银行");
    expect(byProducts[0].name).toBe("天水秦州农村合作银行");
  });
});

describe("product and platform figures", () => {
  it("count a product's applications, successes and lending", async () => {
    const product = await db.product.findFirstOrThrow({ where: { applications: { some: { status: "DISBURSED" } } } });
    const apps = await db.loanApplication.findMany({ where: { productId: product.id } });
    const figures = await getProductFigures(product.id);
    expect(figures.applications).toBe(apps.length);
    expect(figures.matches).toBe(apps.filter((a) => a.status === "APPROVED" || a.status === "DISBURSED").length);
    const lent = apps
      .filter((a) => a.status === "DISBURSED")
      .reduce((s, a) => s.plus(a.disbursedAmount ?? 0), new Prisma.Decimal(0));
    expect(figures.lentWan).toBe(lent.toString());
    expect(figures.matches).toBeGreaterThan(0);
  });

  it("sum the platform's figures from the records", async () => {
    const figures = await getPlatformFigures();
    expect(figures.institutions).toBe(await db.institution.count({ where: { status: "PUBLISHED" } }));
    const successes = await db.loanApplication.count({
      where: { status: { in: ["APPROVED", "DISBURSED"] }, institutionId: { not: null } },
    });
    const demands = await db.financingDemand.count({ where: { status: "MATCHED" } });
    expect(figures.matches).toBe(successes + demands);
    const sum = await db.loanApplication.aggregate({ where: { status: "DISBURSED" }, _sum: { disbursedAmount: true } });
    expect(figures.lentWan).toBe((sum._sum.disbursedAmount ?? 0).toString());
    expect(figures.products).toBeGreaterThanOrEqual(80);
  });
});

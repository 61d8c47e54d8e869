import { beforeAll, describe, expect, it } from "vitest";
import { parseProductFilters, PRODUCT_FILTER_GROUPS, PRODUCT_SORTS } from "@/lib/catalogue/filters";
import { db } from "@/lib/db";
import { getProduct } from "@/lib/catalogue/queries-product";
import { listProducts, PAGE_SIZE, productWhere } from "@/lib/catalogue/queries-products";
import { allPages, ids, loadPublicProducts, matches, type PlainProduct } from "@/tests/helpers/catalogue-world";

let products: PlainProduct[];
const fixtureIds: Record<string, string> = {};

// Boundary products (100万, 12个月, 5% and their neighbours), an unpublished one and one with
// Latin letters and LIKE wildcards in its name, added to this file's own database copy.
beforeAll(async () => {
  const bank = await db.institution.findFirstOrThrow({ where: { name: "工商银行" } });
  const base = {
    institutionId: bank.id,
    institutionType: bank.type,
    category: "ENTERPRISE" as const,
    applicableArea: "天水市",
    highlights: "测试",
    introduction: "测试",
    repaymentMethod: "按月付息",
    prepayment: "可以",
  };
  const fixtures: [string, number, number, number, "PUBLISHED" | "DRAFT"][] = [
    ["边界A", 100, 12, 5, "PUBLISHED"],
    ["边界B", 100.01, 13, 5.0001, "PUBLISHED"],
    ["边界C", 500, 24, 10, "PUBLISHED"],
    ["边界D", 1000, 60, 20, "PUBLISHED"],
    ["边界E", 1000.01, 61, 20.01, "PUBLISHED"],
    ["边界F", 0.5, 1, 0, "PUBLISHED"],
    ["ABC Loan 50%_off", 200, 36, 6, "PUBLISHED"],
    ["未发布产品", 100, 12, 4, "DRAFT"],
  ];
  for (const [name, maxAmount, maxTermMonths, minRate, status] of fixtures) {
    const p = await db.product.create({ data: { ...base, name, maxAmount, maxTermMonths, minRate, status } });
    fixtureIds[name] = p.id;
  }
  products = await loadPublicProducts();
});

describe("金融超市 filters", () => {
  it("has a public catalogue of at least 80 seeded products", () => {
    expect(products.length).toBeGreaterThanOrEqual(80);
  });

  const cases = PRODUCT_FILTER_GROUPS.flatMap((g) => g.options.map((o) => [g.label, o.label, g.key, o.value] as const));
  it.each(cases)("%s = %s returns exactly the products satisfying the rule", async (_g, _o, key, value) => {
    const filters = parseProductFilters({ [key]: value });
    expect(filters[key]).toBe(value);
    const expected = products.filter((p) => matches(p, filters));
    expect(expected.length, "the seed covers every option").toBeGreaterThan(0);
    const rows = await db.product.findMany({ where: productWhere(filters), select: { id: true } });
    expect(ids(rows)).toEqual(ids(expected));
    expect((await listProducts(filters)).total).toBe(expected.length);
  });

  it("puts the boundaries in the lower bucket: 100万, 12个月, 5%", async () => {
    const inBucket = async (key: string, value: string) =>
      ids(await db.product.findMany({ where: productWhere(parseProductFilters({ [key]: value })), select: { id: true } }));
    expect(await inBucket("amount", "0-100")).toContain(fixtureIds["边界A"]);
    expect(await inBucket("amount", "100-500")).not.toContain(fixtureIds["边界A"]);
    expect(await inBucket("amount", "100-500")).toContain(fixtureIds["边界B"]);
    expect(await inBucket("amount", "500-1000")).toContain(fixtureIds["边界D"]);
    expect(await inBucket("amount", "1000+")).toContain(fixtureIds["边界E"]);
    expect(await inBucket("amount", "1000+")).not.toContain(fixtureIds["边界D"]);
    expect(await inBucket("term", "0-12")).toContain(fixtureIds["边界A"]);
    expect(await inBucket("term", "12-24")).toEqual(expect.arrayContaining([fixtureIds["边界B"], fixtureIds["边界C"]]));
    expect(await inBucket("term", "24-60")).toContain(fixtureIds["边界D"]);
    expect(await inBucket("term", "60+")).toContain(fixtureIds["边界E"]);
    expect(await inBucket("rate", "0-5")).toEqual(expect.arrayContaining([fixtureIds["边界A"], fixtureIds["边界F"]]));
    expect(await inBucket("rate", "5-10")).toEqual(expect.arrayContaining([fixtureIds["边界B"], fixtureIds["边界C"]]));
    expect(await inBucket("rate", "15-20")).toContain(fixtureIds["边界D"]);
    expect(await inBucket("rate", "20+")).toContain(fixtureIds["边界E"]);
    expect(await inBucket("rate", "20+")).not.toContain(fixtureIds["边界D"]);
  });

  it("combines groups with AND", async () => {
    const combos: Record<string, string>[] = [
      { bank: "工商银行", method: "credit" },
      { type: "bank", method: "credit", amount: "100-500" },
      { feature: "first-loan", category: "enterprise", rate: "0-5" },
      { tag: "inclusive", region: "qinzhou", term: "24-60" },
      { feature: "renewal", method: "mortgage", amount: "500-1000", rate: "5-10" },
      { type: "micro-loan", region: "gangu" },
      { org: "农村", category: "personal", term: "0-12" },
    ];
    let nonEmpty = 0;
    for (const combo of combos) {
      const filters = parseProductFilters(combo);
      const expected = products.filter((p) => matches(p, filters));
      if (expected.length) nonEmpty++;
      const { total, items } = await allPages(combo);
      expect(total, JSON.stringify(combo)).toBe(expected.length);
      expect(ids(items), JSON.stringify(combo)).toEqual(ids(expected));
    }
    expect(nonEmpty).toBeGreaterThanOrEqual(3);
  });

  it("shows one institution's products for ?institution=", async () => {
    const institutionId = products[0].institutionId;
    const { items } = await allPages({ institution: institutionId });
    expect(ids(items)).toEqual(ids(products.filter((p) => p.institutionId === institutionId)));
  });

  it("never lists an unpublished product and answers null for its page", async () => {
    const { items } = await allPages({});
    expect(ids(items)).toEqual(ids(products));
    expect(items.map((p) => p.id)).not.toContain(fixtureIds["未发布产品"]);
    expect(await getProduct(fixtureIds["未发布产品"])).toBeNull();
    expect(await getProduct("no-such-product")).toBeNull();
  });
});

describe("text searches", () => {
  it("机构名称 matches names containing the text", async () => {
    for (const org of ["工商", "农村信用合作联社", "甘肃银行"]) {
      const { items } = await allPages({ org });
      const expected = products.filter((p) => matches(p, { org }));
      expect(expected.length).toBeGreaterThan(0);
      expect(ids(items)).toEqual(ids(expected));
    }
  });

  it("产品名称 is case-insensitive and takes % and _ literally", async () => {
    expect(ids((await allPages({ q: "abc loan" })).items)).toEqual([fixtureIds["ABC Loan 50%_off"]]);
    expect(ids((await allPages({ q: "50%_" })).items)).toEqual([fixtureIds["ABC Loan 50%_off"]]);
    expect((await allPages({ q: "%" })).items.map((p) => p.id)).toEqual([fixtureIds["ABC Loan 50%_off"]]);
    const { items } = await allPages({ q: "抗疫" });
    expect(items.map((p) => p.name)).toContain("抗疫贷");
  });

  it("combines both searches with the filters", async () => {
    const params = { org: "工商", q: "贷", method: "credit" };
    const { items } = await allPages(params);
    expect(ids(items)).toEqual(ids(products.filter((p) => matches(p, parseProductFilters(params)))));
  });
});

describe("sorts and pagination", () => {
  const keyOf: Record<string, (p: PlainProduct) => number[]> = {
    default: (p) => [-p.featuredWeight, -p.publishedAt],
    rate: (p) => [p.minRate, -p.publishedAt],
    amount: (p) => [-p.maxAmount, -p.publishedAt],
    latest: (p) => [-p.publishedAt],
  };
  const compare = (a: number[], b: number[]) => a.reduce((d, x, i) => d || Math.sign(x - b[i]), 0);

  it.each(PRODUCT_SORTS.map((s) => [s.label, s.value]))("%s orders every page consistently", async (_label, sort) => {
    const { items, totalPages, total } = await allPages({ sort });
    expect(totalPages).toBe(Math.ceil(total / PAGE_SIZE));
    expect(new Set(items.map((p) => p.id)).size).toBe(items.length);
    expect(ids(items)).toEqual(ids(products));
    const byId = new Map(products.map((p) => [p.id, p]));
    const keys = items.map((p) => keyOf[sort](byId.get(p.id)!));
    for (let i = 1; i < keys.length; i++) expect(compare(keys[i - 1], keys[i]), `position ${i}`).toBeLessThanOrEqual(0);
  });

  it("serves pages of 10 and answers a page past the end with the last page", async () => {
    const first = await listProducts(parseProductFilters({}));
    expect(first.items).toHaveLength(PAGE_SIZE);
    const past = await listProducts(parseProductFilters({ page: "999" }));
    expect(past.page).toBe(first.totalPages);
    expect(past.items.length).toBe(first.total - (first.totalPages - 1) * PAGE_SIZE);
  });

  it("answers an empty result with page 1 of 1", async () => {
    const empty = await listProducts(parseProductFilters({ q: "不存在的产品名称xyz" }));
    expect(empty).toMatchObject({ total: 0, page: 1, totalPages: 1, items: [] });
  });
});

import { describe, expect, it } from "vitest";
import { productFits, rankMatches, type DemandCriteria, type MatchableProduct } from "./matching";

const demand: DemandCriteria = {
  applicantType: "ENTERPRISE",
  isFirstLoan: false,
  amount: 100,
  termMonths: 12,
  method: "CREDIT",
  rateFrom: 3,
  rateTo: 6,
  region: "QINZHOU",
  institutionIds: [],
};

let n = 0;
function product(patch: Partial<MatchableProduct> = {}): MatchableProduct {
  n += 1;
  return {
    id: `p${n}`,
    name: `产品${n}`,
    institutionId: "bankA",
    category: "ENTERPRISE",
    isFirstLoan: false,
    methods: ["CREDIT"],
    minRate: 4,
    maxAmount: 200,
    maxTermMonths: 36,
    regions: ["QINZHOU", "MAIJI"],
    featuredWeight: 0,
    ...patch,
  };
}

describe("which products fit a demand", () => {
  it("takes a product that meets every condition", () => {
    expect(productFits(demand, product())).toBe(true);
  });

  it.each([
    ["another 融资方式", { methods: ["MORTGAGE"] }],
    ["最高额度 below the amount", { maxAmount: 99.99 }],
    ["最长期限 below the term", { maxTermMonths: 11 }],
    ["最低利率 below the expected range", { minRate: 2.99 }],
    ["最低利率 above the expected range", { minRate: 6.01 }],
    ["a personal product for an enterprise demand", { category: "PERSONAL" }],
    ["a district it does not serve", { regions: ["MAIJI"] }],
    ["an institution not among the chosen ones", { institutionId: "bankB" }],
  ] as [string, Partial<MatchableProduct>][])("leaves out %s", (_what, patch) => {
    expect(productFits({ ...demand, institutionIds: ["bankA"] }, product(patch))).toBe(false);
  });

  it("takes any 融资方式 for 不限, limits at the boundaries inclusive, and any institution for 不限", () => {
    const d = { ...demand, method: "ANY" as const };
    expect(productFits(d, product({ methods: ["PLEDGE"], maxAmount: 100, maxTermMonths: 12, minRate: 6, institutionId: "x" }))).toBe(true);
    expect(productFits(d, product({ minRate: 3 }))).toBe(true);
  });

  it("matches a personal demand only with personal products", () => {
    const d = { ...demand, applicantType: "PERSONAL" as const };
    expect(productFits(d, product({ category: "PERSONAL" }))).toBe(true);
    expect(productFits(d, product())).toBe(false);
  });
});

describe("the order of the matches", () => {
  it("puts the lower 最低利率 first, then the 最高额度 and 最长期限 nearest the need, then the weight", () => {
    const cheap = product({ minRate: 3.5 });
    const sized = product({ minRate: 4, maxAmount: 120 });
    const large = product({ minRate: 4, maxAmount: 5000 });
    const shortTerm = product({ minRate: 4, maxAmount: 5000, maxTermMonths: 12 });
    const featured = product({ minRate: 4.5, featuredWeight: 10 });
    const plain = product({ minRate: 4.5 });
    const ranked = rankMatches(demand, [plain, large, featured, shortTerm, sized, cheap, product({ minRate: 9 })]);
    expect(ranked.map((p) => p.id)).toEqual([cheap, sized, shortTerm, large, featured, plain].map((p) => p.id));
  });

  it("puts 首贷 products first for a 首贷需求, and not for an ordinary demand", () => {
    const cheap = product({ minRate: 3.2 });
    const firstLoan = product({ minRate: 5, isFirstLoan: true });
    expect(rankMatches({ ...demand, isFirstLoan: true }, [cheap, firstLoan]).map((p) => p.id)).toEqual([firstLoan.id, cheap.id]);
    expect(rankMatches(demand, [cheap, firstLoan]).map((p) => p.id)).toEqual([cheap.id, firstLoan.id]);
  });

  it("shows at most the limit", () => {
    const many = Array.from({ length: 30 }, () => product());
    expect(rankMatches(demand, many)).toHaveLength(20);
    expect(rankMatches(demand, many, 5)).toHaveLength(5);
  });
});

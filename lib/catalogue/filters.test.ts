import { describe, expect, it } from "vitest";
import {
  inBucket,
  isIndexableProductQuery,
  parseInstitutionFilters,
  parseProductFilters,
  parseText,
  PRODUCT_FILTER_GROUPS,
} from "@/lib/catalogue/filters";
import { AMOUNT_BUCKETS, BANKS, RATE_BUCKETS, TERM_BUCKETS } from "@/lib/reference";

describe("parseProductFilters", () => {
  it("defaults to 全部, 综合排序 and page 1", () => {
    expect(parseProductFilters({})).toEqual({ sort: "default", page: 1 });
  });

  it("accepts every option of every group", () => {
    for (const group of PRODUCT_FILTER_GROUPS) {
      for (const option of group.options) {
        expect(parseProductFilters({ [group.key]: option.value })[group.key]).toBe(option.value);
      }
    }
  });

  it("has the manual's groups and option counts", () => {
    expect(PRODUCT_FILTER_GROUPS.map((g) => [g.label, g.options.length])).toEqual([
      ["机构类型", 4],
      ["银行", 20],
      ["标签", 2],
      ["特色", 2],
      ["类型", 2],
      ["方式", 4],
      ["金额", 4],
      ["期限", 4],
      ["地区", 7],
      ["贷款利率", 5],
    ]);
    expect(PRODUCT_FILTER_GROUPS[1].options.map((o) => o.label)).toEqual([...BANKS]);
  });

  it("ignores unknown parameters and malformed values", () => {
    const f = parseProductFilters({
      type: "fund",
      bank: "不存在银行",
      tag: ["<script>"],
      method: "CREDIT ",
      amount: "100-5000",
      sort: "price",
      page: "-3",
      utm: "x",
      institution: "@/etc",
    });
    expect(f).toEqual({ sort: "default", page: 1 });
  });

  it("takes the first value of a repeated parameter", () => {
    expect(parseProductFilters({ method: ["credit", "pledge"] }).method).toBe("credit");
  });

  it("reads 1000+ and 60+ even when the + arrived as a space", () => {
    expect(parseProductFilters({ amount: "1000 ", term: "60+", rate: "20 " })).toMatchObject({
      amount: "1000+",
      term: "60+",
      rate: "20+",
    });
  });

  it("parses pages: digits only, at least 1, capped", () => {
    expect(parseProductFilters({ page: "3" }).page).toBe(3);
    expect(parseProductFilters({ page: "0" }).page).toBe(1);
    expect(parseProductFilters({ page: "2.5" }).page).toBe(1);
    expect(parseProductFilters({ page: "abc" }).page).toBe(1);
    expect(parseProductFilters({ page: "999999" }).page).toBe(1000);
  });

  it("trims, collapses and limits the text searches", () => {
    expect(parseText("  工商  银行 ")).toBe("工商 银行");
    expect(parseText("   ")).toBeUndefined();
    expect(parseText("a\u0000b")).toBe("ab");
    expect(parseText("贷".repeat(80))).toHaveLength(50);
    expect(parseProductFilters({ org: "工商", q: "抗疫" })).toMatchObject({ org: "工商", q: "抗疫" });
  });

  it("returns the same object for the same state whatever the parameter order", () => {
    const a = parseProductFilters({ rate: "0-5", bank: "工商银行", method: "credit" });
    const b = parseProductFilters({ method: "credit", bank: "工商银行", rate: "0-5" });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

describe("buckets (upper bound inclusive, lower exclusive, first from 0)", () => {
  const find = (list: typeof AMOUNT_BUCKETS, v: number) => list.filter((b) => inBucket(b, v)).map((b) => b.value);
  it("puts every value in exactly one bucket", () => {
    for (const v of [0, 0.01, 50, 100, 100.01, 500, 999, 1000, 1000.01, 30000]) expect(find(AMOUNT_BUCKETS, v)).toHaveLength(1);
  });
  it("puts 100万 in 100万以内, 12个月 in 12个月以内, 5% in 0~5%", () => {
    expect(find(AMOUNT_BUCKETS, 100)).toEqual(["0-100"]);
    expect(find(AMOUNT_BUCKETS, 1000)).toEqual(["500-1000"]);
    expect(find(AMOUNT_BUCKETS, 1000.01)).toEqual(["1000+"]);
    expect(find(TERM_BUCKETS, 12)).toEqual(["0-12"]);
    expect(find(TERM_BUCKETS, 13)).toEqual(["12-24"]);
    expect(find(TERM_BUCKETS, 60)).toEqual(["24-60"]);
    expect(find(RATE_BUCKETS, 5)).toEqual(["0-5"]);
    expect(find(RATE_BUCKETS, 0)).toEqual(["0-5"]);
    expect(find(RATE_BUCKETS, 5.0001)).toEqual(["5-10"]);
    expect(find(RATE_BUCKETS, 20)).toEqual(["15-20"]);
    expect(find(RATE_BUCKETS, 24)).toEqual(["20+"]);
  });
});

describe("SEO indexability", () => {
  it("indexes the plain list and single-option pages only", () => {
    expect(isIndexableProductQuery(parseProductFilters({}))).toBe(true);
    expect(isIndexableProductQuery(parseProductFilters({ bank: "工商银行" }))).toBe(true);
    expect(isIndexableProductQuery(parseProductFilters({ bank: "工商银行", method: "credit" }))).toBe(false);
    expect(isIndexableProductQuery(parseProductFilters({ q: "贷" }))).toBe(false);
    expect(isIndexableProductQuery(parseProductFilters({ sort: "rate" }))).toBe(false);
    expect(isIndexableProductQuery(parseProductFilters({ page: "2" }))).toBe(false);
  });
});

describe("parseInstitutionFilters", () => {
  it("whitelists region, type and sort", () => {
    expect(parseInstitutionFilters({})).toEqual({ sort: "products" });
    expect(parseInstitutionFilters({ region: "gangu", type: "ip-service", sort: "lending" })).toEqual({
      region: "gangu",
      type: "ip-service",
      sort: "lending",
    });
    expect(parseInstitutionFilters({ region: "beijing", type: "BANK", sort: "x" })).toEqual({ sort: "products" });
  });
});

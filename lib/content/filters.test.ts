import { describe, expect, it } from "vitest";
import {
  isIndexableArticleQuery,
  parseArticleFilters,
  policyFilterGroups,
  singleFilterPhrase,
  yearRange,
  type PolicyFacets,
} from "./filters";
import { articleListHref, policiesOfTopicHref } from "./url";

const facets: PolicyFacets = { sources: ["天水市财政局", "中国人民银行天水市分行"], years: ["2026", "2025"] };

describe("parseArticleFilters", () => {
  it("reads every policy filter in a fixed key order", () => {
    const filters = parseArticleFilters(
      "POLICY",
      { page: "2", topic: "first-loan", year: "2025", audience: "enterprise", source: "天水市财政局", q: " 续贷 " },
      facets,
    );
    expect(filters).toEqual({ q: "续贷", source: "天水市财政局", audience: "enterprise", year: "2025", topic: "first-loan", page: 2 });
    expect(Object.keys(filters)).toEqual(["q", "source", "audience", "year", "topic", "page"]);
  });

  it("ignores values that are not options: unknown sources and years cannot make new cache keys", () => {
    const filters = parseArticleFilters(
      "POLICY",
      { source: "随便写的机关", year: "1999", topic: "FIRST_LOAN", audience: "everyone", page: "-3", utm: "x" },
      facets,
    );
    expect(filters).toEqual({ page: 1 });
  });

  it("takes the first of repeated parameters and trims, strips control characters and shortens the keyword", () => {
    const filters = parseArticleFilters("POLICY", { topic: ["renewal", "equity"], q: `\u0000${"贷".repeat(80)}` }, facets);
    expect(filters.topic).toBe("renewal");
    expect(filters.q).toBe("贷".repeat(50));
  });

  it("keeps % and _ in the keyword as typed (the query escapes them)", () => {
    expect(parseArticleFilters("NEWS", { q: "50%_off" }).q).toBe("50%_off");
  });

  it("gives news only the keyword and the page", () => {
    expect(parseArticleFilters("NEWS", { q: "普惠", topic: "first-loan", source: "天水市财政局", page: "3" }, facets)).toEqual({
      q: "普惠",
      page: 3,
    });
  });

  it("clamps the page to 1…1000", () => {
    expect(parseArticleFilters("NEWS", { page: "0" }).page).toBe(1);
    expect(parseArticleFilters("NEWS", { page: "abc" }).page).toBe(1);
    expect(parseArticleFilters("NEWS", { page: "999999" }).page).toBe(1000);
  });
});

describe("policy filter groups", () => {
  it("offers 主题, 适用对象, the years and the sources that exist", () => {
    const groups = policyFilterGroups(facets);
    expect(groups.map((g) => g.label)).toEqual(["主题", "适用对象", "年份", "发文机关"]);
    expect(groups[0].options.map((o) => o.label)).toEqual(["首贷", "续贷", "转贷", "股权融资", "普惠金融"]);
    expect(groups[1].options).toEqual([
      { value: "enterprise", label: "企业" },
      { value: "personal", label: "个人" },
    ]);
    expect(groups[2].options[0]).toEqual({ value: "2026", label: "2026年" });
    expect(groups[3].options.map((o) => o.value)).toEqual(facets.sources);
  });
});

describe("SEO of the lists", () => {
  it("indexes the plain list and single-option pages only", () => {
    expect(isIndexableArticleQuery({ page: 1 })).toBe(true);
    expect(isIndexableArticleQuery({ topic: "first-loan", page: 1 })).toBe(true);
    expect(isIndexableArticleQuery({ topic: "first-loan", year: "2025", page: 1 })).toBe(false);
    expect(isIndexableArticleQuery({ q: "续贷", page: 1 })).toBe(false);
    expect(isIndexableArticleQuery({ page: 2 })).toBe(false);
  });

  it("names single-option pages", () => {
    expect(singleFilterPhrase({ topic: "first-loan", page: 1 })).toBe("首贷政策");
    expect(singleFilterPhrase({ audience: "personal", page: 1 })).toBe("适用于个人的政策");
    expect(singleFilterPhrase({ year: "2025", page: 1 })).toBe("2025年发布的政策");
    expect(singleFilterPhrase({ source: "天水市财政局", page: 1 })).toBe("天水市财政局发布的政策");
    expect(singleFilterPhrase({ topic: "renewal", year: "2025", page: 1 })).toBeUndefined();
  });
});

describe("list links", () => {
  it("keep the other parameters, drop defaults and return to page 1 on a change", () => {
    const filters = { q: "贷款", topic: "renewal", page: 3 };
    expect(articleListHref("POLICY", filters, { year: "2025" })).toBe("/news/policies?q=%E8%B4%B7%E6%AC%BE&year=2025&topic=renewal");
    expect(articleListHref("POLICY", filters, { topic: undefined })).toBe("/news/policies?q=%E8%B4%B7%E6%AC%BE");
    expect(articleListHref("POLICY", filters, { page: 4 })).toBe("/news/policies?q=%E8%B4%B7%E6%AC%BE&topic=renewal&page=4");
    expect(articleListHref("NEWS", { page: 2 }, { page: 1 })).toBe("/news/articles");
    expect(policiesOfTopicHref("first-loan")).toBe("/news/policies?topic=first-loan");
  });
});

describe("yearRange", () => {
  it("is the calendar year in Beijing time", () => {
    expect(yearRange("2025")).toEqual({ gte: new Date("2024-12-31T16:00:00Z"), lt: new Date("2025-12-31T16:00:00Z") });
  });
});

import { describe, expect, it } from "vitest";
import { parseProductFilters } from "@/lib/catalogue/filters";
import { applyHref, filterOptionHref, institutionHref, productHref } from "@/lib/catalogue/url";
import { formatDate, formatRate, formatWan } from "@/lib/format";

const decode = (href: string) => decodeURIComponent(href);

describe("product URL helpers", () => {
  const current = parseProductFilters({ bank: "工商银行", method: "credit", sort: "rate", page: "3", q: "抗疫" });

  it("keep the other parameters and reset the page when a filter changes", () => {
    expect(decode(filterOptionHref("/products", current, "rate", "0-5"))).toBe(
      "/products?q=抗疫&bank=工商银行&method=credit&rate=0-5&sort=rate",
    );
  });

  it("drop a group's parameter for 全部", () => {
    expect(decode(filterOptionHref("/products", current, "bank", undefined))).toBe(
      "/products?q=抗疫&method=credit&sort=rate",
    );
  });

  it("change the page and keep everything else", () => {
    expect(decode(productHref("/products", current, { page: 4 }))).toBe(
      "/products?q=抗疫&bank=工商银行&method=credit&sort=rate&page=4",
    );
    expect(decode(productHref("/products", current, { page: 1 }))).toBe("/products?q=抗疫&bank=工商银行&method=credit&sort=rate");
  });

  it("leave the default sort out and encode + as %2B", () => {
    const f = parseProductFilters({ amount: "1000+" });
    expect(productHref("/products", f, { sort: "default" })).toBe("/products?amount=1000%2B");
    expect(productHref("/products", parseProductFilters({}))).toBe("/products");
  });

  it("can leave out a fixed parameter (the centres fix 特色)", () => {
    const f = parseProductFilters({ feature: "first-loan", method: "credit" });
    expect(productHref("/first-loan", f, { page: 2 }, ["feature"])).toBe("/first-loan?method=credit&page=2");
  });

  it("round-trips through the parser", () => {
    const href = productHref("/products", current, { amount: "1000+" });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(parseProductFilters(params)).toEqual({ ...current, amount: "1000+", page: 1 });
  });

  it("links 立即申请 to the application form (which asks visitors to log in first)", () => {
    expect(applyHref("abc")).toBe("/products/abc/apply");
  });
});

describe("institution URL helpers", () => {
  it("keep the other parameters", () => {
    expect(institutionHref({ region: "gangu", sort: "products" }, { sort: "lending" })).toBe(
      "/institutions?region=gangu&sort=lending",
    );
    expect(institutionHref({ region: "gangu", type: "bank", sort: "matches" }, { region: undefined })).toBe(
      "/institutions?type=bank&sort=matches",
    );
  });
});

describe("formats", () => {
  it("show money in 万 without trailing zeros and rates with two decimals at least", () => {
    expect(formatWan("300.00")).toBe("300");
    expect(formatWan("23249.50")).toBe("23249.5");
    expect(formatWan(null)).toBe("0");
    expect(formatRate("4.0500")).toBe("4.05");
    expect(formatRate("4.1250")).toBe("4.125");
    expect(formatRate("5")).toBe("5.00");
  });
  it("show dates in Asia/Shanghai", () => {
    expect(formatDate(new Date("2020-07-07T16:30:00Z"))).toBe("2020-07-08");
  });
});

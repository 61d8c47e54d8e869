import { describe, expect, it } from "vitest";
import { isCanonicalState, viewPathFor } from "@/lib/catalogue/rewrite";
import { decodeState, encodeState, MAX_STATE_LENGTH } from "@/lib/catalogue/state";

const view = (path: string, query = "") => viewPathFor(path, new URLSearchParams(query));

describe("listing state segments", () => {
  it("round-trip the canonical query, Chinese included", () => {
    const q = "org=%E5%B7%A5%E5%95%86&bank=%E5%B7%A5%E5%95%86%E9%93%B6%E8%A1%8C&amount=1000%2B";
    const segment = encodeState(q)!;
    expect(segment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeState(segment)).toEqual({ org: "工商", bank: "工商银行", amount: "1000+" });
    expect(encodeState("")).toBe("_");
    expect(decodeState("_")).toEqual({});
  });

  it("decode garbage to no filters", () => {
    expect(decodeState("%%%")).toEqual({});
    expect(decodeState("////")).toEqual({});
    expect(decodeState("gA")).toEqual({}); // not UTF-8
  });

  it("refuse states too long for a cache entry name", () => {
    expect(encodeState(`q=${"贷".repeat(60)}`)).toBeNull();
    expect(encodeState("q=abc")!.length).toBeLessThanOrEqual(MAX_STATE_LENGTH);
  });
});

describe("viewPathFor", () => {
  it("maps equivalent URLs to one cached route", () => {
    const a = view("/products", "method=credit&bank=工商银行&utm=x");
    const b = view("/products", "bank=工商银行&method=credit&page=1&sort=default");
    expect(a).toBe(b);
    expect(a).toMatch(/^\/view\/products\/[A-Za-z0-9_-]+$/);
    expect(view("/products")).toBe("/view/products/_");
    expect(view("/products", "page=abc&amount=zzz")).toBe("/view/products/_");
  });

  it("covers 首页, the centres (特色 fixed) and 金融机构, nothing else", () => {
    expect(view("/first-loan", "feature=renewal")).toBe("/view/first-loan/_");
    expect(view("/renewal", "method=credit")).toMatch(/^\/view\/renewal\//);
    expect(view("/institutions", "sort=products&region=mars")).toBe("/view/institutions/_");
    expect(view("/", "utm=x")).toBe("/view/home/_");
    expect(view("/contact")).toBeNull();
    expect(view("/products/abc")).toBeNull();
  });

  it("falls back to dynamic rendering for a very long search", () => {
    expect(view("/products", `q=${"贷".repeat(50)}&org=${"行".repeat(20)}`)).toBeNull();
  });

  it("accepts only canonical segments", () => {
    const segment = view("/products", "method=credit")!.split("/").pop()!;
    expect(isCanonicalState("/products", segment)).toBe(true);
    expect(isCanonicalState("/products", encodeState("utm=1&method=credit")!)).toBe(false);
    expect(isCanonicalState("/products", "_")).toBe(true);
    expect(isCanonicalState("/institutions", encodeState("sort=products")!)).toBe(false);
  });
});

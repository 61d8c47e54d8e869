import { describe, expect, it } from "vitest";
import { accountValueOf, modeOfAccount, parseMode, returnPathFrom, safeReturnPath } from "./mode";

describe("关怀模式 values", () => {
  it("reads only the two modes", () => {
    expect(parseMode("care")).toBe("care");
    expect(parseMode("standard")).toBe("standard");
    expect(parseMode("CARE")).toBeNull();
    expect(parseMode(undefined)).toBeNull();
  });

  it("maps the account column both ways; an account that never chose has no mode", () => {
    expect(modeOfAccount(accountValueOf("care"))).toBe("care");
    expect(modeOfAccount(accountValueOf("standard"))).toBe("standard");
    expect(modeOfAccount(null)).toBeNull();
  });
});

describe("where the switch returns to", () => {
  const origin = "http://127.0.0.1:3000";

  it("is the page it was pressed on, query included", () => {
    expect(returnPathFrom(`${origin}/products?method=credit&page=2`, origin, "/products")).toBe("/products?method=credit&page=2");
  });

  it("never another site: a foreign Referer falls back to the form's path", () => {
    expect(returnPathFrom("https://evil.example/phish", origin, "/news")).toBe("/news");
    expect(returnPathFrom(null, origin, "//evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(returnPathFrom("not a url", origin, undefined)).toBe("/");
  });
});

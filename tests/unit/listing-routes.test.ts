import { describe, expect, it } from "vitest";
import { INSTITUTION_FILTER_GROUPS, PRODUCT_FILTER_GROUPS } from "@/lib/catalogue/filters";
import { LISTING_ROUTES } from "@/lib/catalogue/listing-routes";
import { viewPathFor } from "@/lib/catalogue/rewrite";
import { config } from "@/proxy";

// A valid, non-default value for every parameter any listing reads (and one none reads).
const SAMPLES: Record<string, string> = {
  ...Object.fromEntries([...PRODUCT_FILTER_GROUPS, ...INSTITUTION_FILTER_GROUPS].map((g) => [g.key, g.options[0].value])),
  org: "工商",
  q: "贷",
  institution: "inst123",
  sort: "rate",
  page: "2",
  utm_source: "wechat",
};

describe("listing routes without the proxy", () => {
  it("list every parameter that changes a listing, so that an unfiltered URL really is the empty state", () => {
    for (const route of LISTING_ROUTES) {
      for (const [key, value] of Object.entries(SAMPLES)) {
        const sample = route.path === "/institutions" && key === "sort" ? "lending" : value;
        const changes = viewPathFor(route.path, new URLSearchParams({ [key]: sample })) !== route.view;
        expect(changes ? (route.keys as readonly string[]).includes(key) : true, `${route.path} ${key}`).toBe(true);
      }
      expect(viewPathFor(route.path, new URLSearchParams())).toBe(route.view);
    }
  });

  it("send every URL with one of those parameters through proxy.ts", () => {
    const listingMatchers = config.matcher.filter((m) => typeof m !== "string");
    const expected = LISTING_ROUTES.flatMap((r) => r.keys.map((key) => ({ source: r.path, has: [{ type: "query", key }] })));
    expect(listingMatchers).toEqual(expected);
    expect(config.matcher).not.toContain("/products");
  });
});

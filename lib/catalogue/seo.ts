import type { Metadata } from "next";
import { activeFilterCount, isIndexableProductQuery, PRODUCT_FILTER_GROUPS, type ProductFilters } from "./filters";
import { productQuery } from "./url";

// The label of the one selected option, for titles of single-filter pages ("工商银行").
export function singleOptionLabel(filters: ProductFilters): string | undefined {
  if (activeFilterCount(filters) !== 1) return undefined;
  for (const group of PRODUCT_FILTER_GROUPS) {
    const value = filters[group.key];
    if (value !== undefined) return group.options.find((o) => o.value === value)?.label;
  }
  return undefined;
}

// Indexable states get a canonical to themselves; deep combinations are noindex, follow
// with a canonical to the plain list (docs/catalogue.md, SEO). Also the rule of 资讯动态's lists.
export function robotsFor(basePath: string, query: string, indexable: boolean): Metadata {
  return {
    alternates: { canonical: indexable && query ? `${basePath}?${query}` : basePath },
    robots: indexable ? { index: true, follow: true } : { index: false, follow: true },
  };
}

export function listingRobots(basePath: string, filters: ProductFilters, omit: readonly string[] = []): Metadata {
  return robotsFor(basePath, productQuery(filters, omit), isIndexableProductQuery(filters));
}

// The 政策指南 / 新闻动态 list parameters: a keyword (title, summary, body) for both, and for policies
// 发文机关, 适用对象, 年份 and 主题. Pure, unit-tested. Like the catalogue (lib/catalogue/filters.ts, whose
// parsing it reuses): unknown or malformed values are ignored (全部), never an error, and the result has
// a fixed key order so it can be a cache key. 发文机关 and 年份 only take values that exist (the facets of
// published policies), so nothing a visitor types can create a cache entry.
import { enumOfSlug, parsePage, parseText, pick, slugOf, type FilterGroup, type SearchParamsInput } from "@/lib/catalogue/filters";
import type { ArticleKind, PolicyAudience, PolicyTopic } from "@/lib/generated/prisma/enums";
import { POLICY_AUDIENCES, POLICY_TOPICS } from "./reference";

export type PolicyFilterKey = "source" | "audience" | "year" | "topic";
export const POLICY_FILTER_KEYS: readonly PolicyFilterKey[] = ["source", "audience", "year", "topic"];

export type ArticleFilters = { q?: string } & { [K in PolicyFilterKey]?: string } & { page: number };

// What published policies offer to filter by (lib/content/queries-list.ts, cached).
export interface PolicyFacets {
  sources: string[]; // 发文机关, most used first
  years: string[]; // "2026", "2025", … (Beijing time), newest first
}

export const NO_FACETS: PolicyFacets = { sources: [], years: [] };

const enumOptions = (list: { value: string; label: string }[]) => list.map((o) => ({ value: slugOf(o.value), label: o.label }));

// In the order of the filter panel.
export function policyFilterGroups(facets: PolicyFacets): FilterGroup<PolicyFilterKey>[] {
  return [
    { key: "topic", label: "主题", options: enumOptions(POLICY_TOPICS) },
    { key: "audience", label: "适用对象", options: enumOptions(POLICY_AUDIENCES) },
    { key: "year", label: "年份", options: facets.years.map((y) => ({ value: y, label: `${y}年` })) },
    { key: "source", label: "发文机关", options: facets.sources.map((s) => ({ value: s, label: s })) },
  ];
}

export function parseArticleFilters(kind: ArticleKind, params: SearchParamsInput, facets: PolicyFacets = NO_FACETS): ArticleFilters {
  const out: ArticleFilters = { page: 1 };
  const q = parseText(params.q);
  if (q) out.q = q;
  if (kind === "POLICY") {
    const groups = policyFilterGroups(facets);
    for (const key of POLICY_FILTER_KEYS) {
      const value = pick(groups.find((g) => g.key === key)!, params[key]);
      if (value !== undefined) out[key] = value;
    }
  }
  out.page = parsePage(params.page);
  return normaliseArticleFilters(out);
}

const KEY_ORDER = ["q", ...POLICY_FILTER_KEYS] as const;

// Fixed key order, no empty values: one state, one cache key and one URL.
export function normaliseArticleFilters(filters: Partial<ArticleFilters>): ArticleFilters {
  const out: Record<string, string | number> = {};
  for (const key of KEY_ORDER) {
    const value = filters[key];
    if (value !== undefined && value !== "") out[key] = value;
  }
  return { ...out, page: filters.page ?? 1 } as ArticleFilters;
}

export function activeArticleFilterCount(filters: ArticleFilters): number {
  return KEY_ORDER.filter((k) => filters[k] !== undefined).length;
}

// The plain list and single-option pages (page 1, no keyword) are indexable; anything else is
// `noindex, follow` with a canonical to the plain list (the catalogue's rule).
export function isIndexableArticleQuery(filters: ArticleFilters): boolean {
  return !filters.q && filters.page === 1 && activeArticleFilterCount(filters) <= 1;
}

export const topicOfSlug = (slug: string) => enumOfSlug(slug) as PolicyTopic;
export const audienceOfSlug = (slug: string) => enumOfSlug(slug) as PolicyAudience;
export const topicSlug = (topic: PolicyTopic) => slugOf(topic);

// 年份 in Beijing time: [1 January 00:00 +08:00, next 1 January).
export function yearRange(year: string): { gte: Date; lt: Date } {
  const y = Number(year);
  return { gte: new Date(`${y}-01-01T00:00:00+08:00`), lt: new Date(`${y + 1}-01-01T00:00:00+08:00`) };
}

// The title phrase of a single-option page: "首贷政策", "2025年发布的政策", "天水市财政局发布的政策".
export function singleFilterPhrase(filters: ArticleFilters): string | undefined {
  if (filters.q || activeArticleFilterCount(filters) !== 1) return undefined;
  if (filters.topic) return `${POLICY_TOPICS.find((t) => t.value === topicOfSlug(filters.topic!))?.label ?? ""}政策`;
  if (filters.audience) return `适用于${POLICY_AUDIENCES.find((a) => a.value === audienceOfSlug(filters.audience!))?.label ?? ""}的政策`;
  if (filters.year) return `${filters.year}年发布的政策`;
  if (filters.source) return `${filters.source}发布的政策`;
  return undefined;
}

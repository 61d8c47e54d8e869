// Links of the 政策指南 / 新闻动态 lists: every link keeps the other parameters, a change other than the
// page returns to page 1, and defaults are left out, so one state has one URL (as in the catalogue).
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { normaliseArticleFilters, POLICY_FILTER_KEYS, type ArticleFilters } from "./filters";
import { ARTICLE_KINDS } from "./reference";

export function articleQuery(filters: ArticleFilters, omit: readonly string[] = []): string {
  const params = new URLSearchParams();
  for (const key of ["q", ...POLICY_FILTER_KEYS] as const) {
    const value = filters[key];
    if (value !== undefined && !omit.includes(key)) params.set(key, value);
  }
  if (filters.page > 1 && !omit.includes("page")) params.set("page", String(filters.page));
  return params.toString();
}

// `patch` values of `undefined` remove a parameter (全部).
export function articleListHref(kind: ArticleKind, filters: ArticleFilters, patch: Partial<ArticleFilters> = {}): string {
  const next = normaliseArticleFilters({ ...filters, ...patch, page: "page" in patch ? patch.page : 1 });
  const query = articleQuery(next);
  const base = ARTICLE_KINDS[kind].path;
  return query ? `${base}?${query}` : base;
}

// The policy list of one topic, as linked from 首贷中心 / 续贷中心 and the policy pages' topic tags.
export function policiesOfTopicHref(topicSlug: string): string {
  return articleListHref("POLICY", { page: 1 }, { topic: topicSlug });
}

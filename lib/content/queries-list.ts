import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { audienceOfSlug, topicOfSlug, yearRange, type ArticleFilters, type PolicyFacets } from "./filters";
import { ARTICLE_LIST_ORDER, articleCardSelect, PUBLIC_ARTICLE, toArticleCard, type ArticleCard } from "./public-article";

export const ARTICLE_PAGE_SIZE = 10;

export interface ArticlePage {
  items: ArticleCard[];
  total: number;
  page: number; // the page shown (a page past the end shows the last page)
  totalPages: number;
}

// Filters → where, on published items of one kind. The keyword matches title, summary or body,
// case-insensitively, with % and _ taken literally.
export function articleWhere(kind: ArticleKind, filters: Omit<ArticleFilters, "page">): Prisma.ArticleWhereInput {
  const where: Prisma.ArticleWhereInput = { kind, ...PUBLIC_ARTICLE };
  if (filters.q) {
    const contains = escapeLike(filters.q);
    where.OR = (["title", "summary", "body"] as const).map((field) => ({ [field]: { contains, mode: "insensitive" } }));
  }
  if (filters.source) where.source = filters.source;
  if (filters.audience) where.audiences = { has: audienceOfSlug(filters.audience) };
  if (filters.topic) where.topics = { has: topicOfSlug(filters.topic) };
  if (filters.year) where.publishedAt = yearRange(filters.year);
  return where;
}

// One cache entry per normalised filter state; a keyword search is not cached (its long tail would
// only push useful entries out of the bounded cache).
export async function listArticles(kind: ArticleKind, filters: ArticleFilters): Promise<ArticlePage> {
  if (filters.q) return queryArticlePage(kind, filters);
  return listArticlesCached(kind, filters);
}

async function listArticlesCached(kind: ArticleKind, filters: ArticleFilters): Promise<ArticlePage> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.articles);
  return queryArticlePage(kind, filters);
}

async function queryArticlePage(kind: ArticleKind, filters: ArticleFilters): Promise<ArticlePage> {
  const where = articleWhere(kind, filters);
  const window = (page: number) => ({ skip: (page - 1) * ARTICLE_PAGE_SIZE, take: ARTICLE_PAGE_SIZE });
  const find = (page: number) => db.article.findMany({ where, orderBy: ARTICLE_LIST_ORDER, select: articleCardSelect, ...window(page) });
  const [total, rows] = await Promise.all([db.article.count({ where }), find(filters.page)]);
  const totalPages = Math.max(1, Math.ceil(total / ARTICLE_PAGE_SIZE));
  const page = Math.min(filters.page, totalPages);
  const items = page === filters.page ? rows : total === 0 ? [] : await find(page);
  return { items: items.map(toArticleCard), total, page, totalPages };
}

// 发文机关 and 年份 of published policies: the options of the policy filters.
export async function getPolicyFacets(): Promise<PolicyFacets> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.articles);
  const where = { kind: "POLICY", ...PUBLIC_ARTICLE } satisfies Prisma.ArticleWhereInput;
  const [sources, dates] = await Promise.all([
    db.article.groupBy({ by: ["source"], where: { ...where, source: { not: null } }, _count: { _all: true } }),
    db.article.findMany({ where, select: { publishedAt: true } }),
  ]);
  const years = new Set(dates.map((d) => formatDate(d.publishedAt).slice(0, 4)));
  return {
    sources: sources
      .filter((s): s is typeof s & { source: string } => !!s.source?.trim())
      .sort((a, b) => b._count._all - a._count._all || a.source.localeCompare(b.source, "zh-CN"))
      .map((s) => s.source),
    years: [...years].sort((a, b) => b.localeCompare(a)),
  };
}

export interface ArticleSitemapEntry {
  id: string;
  kind: ArticleKind;
  updatedAt: string;
}

export async function listPublishedArticleIds(): Promise<ArticleSitemapEntry[]> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.articles);
  const rows = await db.article.findMany({ where: PUBLIC_ARTICLE, orderBy: { id: "asc" }, select: { id: true, kind: true, updatedAt: true } });
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

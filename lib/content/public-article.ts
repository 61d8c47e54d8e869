import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, PolicyAudience, PolicyTopic } from "@/lib/generated/prisma/enums";
import { coverOf, type Cover } from "@/lib/uploads/cover-ref";

// The one definition of a public article: published. Lists, pages, 首页, the centres and the sitemap
// use it, so a draft or an archived item is nowhere public (its page answers not-found).
export const PUBLIC_ARTICLE = { status: "PUBLISHED" } satisfies Prisma.ArticleWhereInput;

// Lists: 置顶 first, then the newest 发布日期; id last so that pages never overlap
// (index Article(kind, status, pinned desc, publishedAt desc)).
export const ARTICLE_LIST_ORDER = [
  { pinned: "desc" },
  { publishedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.ArticleOrderByWithRelationInput[];

// 上一篇 / 下一篇 and related items follow the dates alone (a pinned item is not "newer").
export const ARTICLE_DATE_ORDER = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

export const articleCardSelect = {
  id: true,
  kind: true,
  title: true,
  summary: true,
  source: true,
  topics: true,
  audiences: true,
  pinned: true,
  publishedAt: true,
  coverFileId: true,
  coverAlt: true,
} satisfies Prisma.ArticleSelect;

// What a list shows of an item. Cached values cross a serialisation boundary: dates are ISO strings.
export interface ArticleCard {
  id: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  source: string | null;
  topics: PolicyTopic[];
  audiences: PolicyAudience[];
  pinned: boolean;
  publishedAt: string;
  cover: Cover | null; // 封面图片
}

export function toArticleCard({ coverFileId, coverAlt, ...row }: Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }>): ArticleCard {
  return { ...row, publishedAt: row.publishedAt.toISOString(), cover: coverOf({ coverFileId, coverAlt }) };
}

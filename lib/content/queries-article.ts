import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { articleTag, CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, PolicyAudience, PolicyTopic, PublishStatus } from "@/lib/generated/prisma/enums";
import { renderMarkdown } from "./markdown";
import { ARTICLE_DATE_ORDER, PUBLIC_ARTICLE } from "./public-article";
import { isWebUrl } from "./reference";
import { coverOf, type Cover } from "@/lib/uploads/cover-ref";

export const RELATED_COUNT = 4;

export interface ArticleLink {
  id: string;
  kind: ArticleKind;
  title: string;
  publishedAt: string;
}

export interface ArticleDetail {
  id: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  source: string | null;
  topics: PolicyTopic[];
  audiences: PolicyAudience[];
  pinned: boolean;
  status: PublishStatus;
  publishedAt: string;
  updatedAt: string;
  bodyHtml: string; // Markdown rendered and sanitised on the server (lib/content/markdown.ts)
  attachments: { title: string; url: string }[];
  cover: Cover | null; // 封面图片
}

export interface ArticlePageData {
  article: ArticleDetail;
  newer: ArticleLink | null; // 上一篇: the next newer item of the same kind
  older: ArticleLink | null; // 下一篇: the next older item
  related: ArticleLink[]; // same topics, then the latest
}

const linkSelect = { id: true, kind: true, title: true, publishedAt: true } satisfies Prisma.ArticleSelect;
type LinkRow = Prisma.ArticleGetPayload<{ select: typeof linkSelect }>;
const toLink = (r: LinkRow): ArticleLink => ({ ...r, publishedAt: r.publishedAt.toISOString() });

// A public item's page, or null (unknown, draft, archived or of the other kind → the not-found page).
// Cached with the body already rendered; its neighbours change with any item, hence both tags.
export async function getPublicArticlePage(kind: ArticleKind, id: string): Promise<ArticlePageData | null> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.articles, articleTag(id));
  return loadArticlePage({ id, kind, ...PUBLIC_ARTICLE });
}

// Also the admin's preview of a draft (lib/content/queries-admin.ts): the public rendering, uncached.
export async function loadArticlePage(where: Prisma.ArticleWhereInput): Promise<ArticlePageData | null> {
  const row = await db.article.findFirst({ where, include: { attachments: { orderBy: [{ position: "asc" }, { id: "asc" }] } } });
  if (!row) return null;
  const published = { kind: row.kind, ...PUBLIC_ARTICLE, id: { not: row.id } } satisfies Prisma.ArticleWhereInput;
  const sameDate = { publishedAt: row.publishedAt };
  const [newer, older, related] = await Promise.all([
    db.article.findFirst({
      where: { ...published, OR: [{ publishedAt: { gt: row.publishedAt } }, { ...sameDate, id: { gt: row.id } }] },
      orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
      select: linkSelect,
    }),
    db.article.findFirst({
      where: { ...published, OR: [{ publishedAt: { lt: row.publishedAt } }, { ...sameDate, id: { lt: row.id } }] },
      orderBy: ARTICLE_DATE_ORDER,
      select: linkSelect,
    }),
    relatedTo(published, row.topics),
  ]);
  return {
    article: {
      id: row.id,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      source: row.source,
      topics: row.topics,
      audiences: row.audiences,
      pinned: row.pinned,
      status: row.status,
      publishedAt: row.publishedAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      bodyHtml: renderMarkdown(row.body),
      cover: coverOf(row),
      // Checked when saved; checked again here so that no other scheme can ever become a link.
      attachments: row.attachments.filter((a) => isWebUrl(a.url)).map((a) => ({ title: a.title, url: a.url })),
    },
    newer: newer && toLink(newer),
    older: older && toLink(older),
    related,
  };
}

// Items sharing a topic, newest first, topped up with the latest items of the kind.
async function relatedTo(published: Prisma.ArticleWhereInput, topics: PolicyTopic[]): Promise<ArticleLink[]> {
  const sharing = topics.length
    ? await db.article.findMany({ where: { ...published, topics: { hasSome: topics } }, orderBy: ARTICLE_DATE_ORDER, take: RELATED_COUNT, select: linkSelect })
    : [];
  if (sharing.length >= RELATED_COUNT) return sharing.map(toLink);
  const latest = await db.article.findMany({
    where: { AND: [published, { id: { notIn: sharing.map((r) => r.id) } }] },
    orderBy: ARTICLE_DATE_ORDER,
    take: RELATED_COUNT - sharing.length,
    select: linkSelect,
  });
  return [...sharing, ...latest].map(toLink);
}

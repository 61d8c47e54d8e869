import "server-only";
import { parseText, type SearchParamsInput } from "@/lib/catalogue/filters";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import { pageWindow, parsePage, toPage } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, PublishStatus } from "@/lib/generated/prisma/enums";
import { loadArticlePage } from "./queries-article";
import { ARTICLE_STATUSES, KIND_OPTIONS } from "./reference";

// The admin console's reads: every status, never cached (only administrators see them).

export interface AdminArticleFilters {
  kind?: ArticleKind;
  status?: PublishStatus;
  q?: string;
  page: number;
}

export function parseAdminArticleFilters(params: SearchParamsInput): AdminArticleFilters {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const kind = KIND_OPTIONS.find((k) => k.value === first(params.kind))?.value;
  const status = ARTICLE_STATUSES.find((s) => s.value === first(params.status))?.value;
  const q = parseText(params.q);
  return { ...(kind && { kind }), ...(status && { status }), ...(q && { q }), page: parsePage(params.page) };
}

export async function listArticlesForAdmin(actor: Actor, filters: AdminArticleFilters) {
  if (!isAdmin(actor)) throw new NotFoundError("内容");
  const where: Prisma.ArticleWhereInput = {};
  if (filters.kind) where.kind = filters.kind;
  if (filters.status) where.status = filters.status;
  if (filters.q) {
    const contains = escapeLike(filters.q);
    where.OR = [{ title: { contains, mode: "insensitive" } }, { body: { contains, mode: "insensitive" } }];
  }
  const [items, total] = await Promise.all([
    db.article.findMany({
      where,
      // Last edited first: what the office works on is at the top.
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { id: true, kind: true, title: true, source: true, status: true, pinned: true, publishedAt: true, updatedAt: true },
      ...pageWindow(filters.page),
    }),
    db.article.count({ where }),
  ]);
  return toPage(items, total, filters.page);
}

// The edit form's data, or null (→ the not-found page).
export async function getArticleForAdmin(actor: Actor, id: string) {
  if (!isAdmin(actor)) return null;
  return db.article.findUnique({ where: { id }, include: { attachments: { orderBy: [{ position: "asc" }, { id: "asc" }] } } });
}

// 预览: the public rendering of an item in any status, for administrators.
export async function getArticlePreview(actor: Actor, id: string) {
  if (!isAdmin(actor)) return null;
  return loadArticlePage({ id });
}

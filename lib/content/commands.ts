import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleKind, PublishStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/format";
import { todayInShanghai } from "@/lib/validation/fields";
import { deleteUnusedFiles } from "@/lib/uploads/commands";
import { resolveCover } from "@/lib/uploads/cover";
import type { ArticleInput } from "./schema";

// 政策与新闻 in the admin console (金融办): write, edit, publish, 下架 (→ ARCHIVED, publishable again),
// 置顶. Only administrators; every write is audited in its own transaction. The action layer expires
// the cache tags (lib/content/actions.ts).

export interface ArticleRef {
  id: string;
  kind: ArticleKind;
}

function requireAdmin(actor: Actor): void {
  if (!isAdmin(actor)) throw new ForbiddenError("仅管理员可以管理政策与新闻");
}

// 发布日期 is a day: today's items keep the moment they were saved (newest first among them), an
// earlier day is that day at 00:00 Beijing time, and an unchanged day keeps the stored moment.
function publishedAtFor(day: string, now: Date, current?: Date): Date {
  if (current && formatDate(current) === day) return current;
  return day === todayInShanghai(now) ? now : new Date(`${day}T00:00:00+08:00`);
}

function fieldsOf(input: ArticleInput) {
  return {
    kind: input.kind,
    title: input.title,
    source: input.source,
    summary: input.summary,
    body: input.body,
    topics: input.topics,
    audiences: input.audiences,
    pinned: input.pinned,
  };
}

const attachmentRows = (input: ArticleInput) => input.attachments.map((a, position) => ({ title: a.title, url: a.url, position }));
const detailOf = (input: ArticleInput) => ({ kind: input.kind, title: input.title });

// New items are drafts: nothing is public before 发布.
export async function createArticle(actor: Actor, input: ArticleInput, meta?: RequestMeta, now = new Date()): Promise<ArticleRef> {
  requireAdmin(actor);
  const cover = await resolveCover(actor, input, null, meta);
  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: {
        ...fieldsOf(input),
        ...cover,
        status: "DRAFT",
        publishedAt: publishedAtFor(input.publishedOn, now),
        attachments: { create: attachmentRows(input) },
      },
      select: { id: true, kind: true },
    });
    await audit({ action: "article.create", actorId: actor.id, targetType: "Article", targetId: article.id, meta, detail: detailOf(input) }, tx);
    return article;
  });
}

// Saving keeps the status: an edit of a published item is public at once.
export async function updateArticle(actor: Actor, id: string, input: ArticleInput, meta?: RequestMeta, now = new Date()): Promise<ArticleRef> {
  requireAdmin(actor);
  const current = await db.article.findUnique({ where: { id }, select: { publishedAt: true, coverFileId: true } });
  if (!current) throw new NotFoundError("内容");
  const cover = await resolveCover(actor, input, current.coverFileId, meta);
  const saved = await db.$transaction(async (tx) => {
    await tx.articleAttachment.deleteMany({ where: { articleId: id } });
    const article = await tx.article.update({
      where: { id },
      data: {
        ...fieldsOf(input),
        ...cover,
        publishedAt: publishedAtFor(input.publishedOn, now, current.publishedAt),
        attachments: { create: attachmentRows(input) },
      },
      select: { id: true, kind: true },
    });
    await audit({ action: "article.update", actorId: actor.id, targetType: "Article", targetId: id, meta, detail: detailOf(input) }, tx);
    return article;
  });
  // A replaced or removed cover is deleted once no record uses it (after the commit).
  if (current.coverFileId !== cover.coverFileId) await deleteUnusedFiles(actor, [current.coverFileId], meta);
  return saved;
}

// One status change, guarded by the status it starts from (two admins clicking at once: one wins).
async function changeStatus(
  actor: Actor,
  id: string,
  change: { from: Prisma.EnumPublishStatusFilter; to: PublishStatus; action: string; refused: string },
  meta?: RequestMeta,
): Promise<ArticleRef> {
  requireAdmin(actor);
  return db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id }, select: { id: true, kind: true, title: true } });
    if (!article) throw new NotFoundError("内容");
    const { count } = await tx.article.updateMany({ where: { id, status: change.from }, data: { status: change.to } });
    if (count !== 1) throw new RefusedError(change.refused);
    await audit({ action: change.action, actorId: actor.id, targetType: "Article", targetId: id, meta, detail: { title: article.title } }, tx);
    return { id: article.id, kind: article.kind };
  });
}

export function publishArticle(actor: Actor, id: string, meta?: RequestMeta): Promise<ArticleRef> {
  return changeStatus(actor, id, { from: { not: "PUBLISHED" }, to: "PUBLISHED", action: "article.publish", refused: "该内容已经发布" }, meta);
}

export function unpublishArticle(actor: Actor, id: string, meta?: RequestMeta): Promise<ArticleRef> {
  return changeStatus(actor, id, { from: { equals: "PUBLISHED" }, to: "ARCHIVED", action: "article.unpublish", refused: "该内容未发布，无需下架" }, meta);
}

export async function setArticlePinned(actor: Actor, id: string, pinned: boolean, meta?: RequestMeta): Promise<ArticleRef> {
  requireAdmin(actor);
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({ where: { id }, data: { pinned } });
    if (count !== 1) throw new NotFoundError("内容");
    const action = pinned ? "article.pin" : "article.unpin";
    await audit({ action, actorId: actor.id, targetType: "Article", targetId: id, meta }, tx);
    return tx.article.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true } });
  });
}

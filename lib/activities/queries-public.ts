import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { activityTag, CACHE_TAGS } from "@/lib/cache/tags";
import { renderMarkdown } from "@/lib/content/markdown";
import { db } from "@/lib/db";
import { pageWindow, toPage, type Page } from "@/lib/db/paginate";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ListPhase } from "./status";
import { coverOf, type Cover } from "@/lib/uploads/cover-ref";

// The public 金融活动 pages: published activities only, read through the cache (tags: every
// activity, and each one). Times travel as ISO strings, as cached data must be serialisable.

export const PUBLIC_ACTIVITY = { status: "PUBLISHED" } as const satisfies Prisma.ActivityWhereInput;

export interface ActivityCard {
  id: string;
  title: string;
  summary: string;
  organizer: string;
  address: string;
  startAt: string;
  endAt: string | null;
  registrationDeadline: string;
  capacity: number;
  registeredCount: number;
  cancelledAt: string | null;
  cover: Cover | null; // 封面图片
}

export interface ActivityDetail extends ActivityCard {
  bodyHtml: string;
  body: string;
  cancelReason: string | null;
  publishedAt: string | null;
  updatedAt: string;
}

const cardSelect = {
  id: true, title: true, summary: true, organizer: true, address: true, startAt: true, endAt: true,
  registrationDeadline: true, capacity: true, registeredCount: true, cancelledAt: true, coverFileId: true, coverAlt: true,
} as const;

type CardRow = Prisma.ActivityGetPayload<{ select: typeof cardSelect }>;

function toCard({ coverFileId, coverAlt, ...row }: CardRow): ActivityCard {
  return {
    ...row,
    cover: coverOf({ coverFileId, coverAlt }),
    startAt: row.startAt.toISOString(),
    endAt: row.endAt?.toISOString() ?? null,
    registrationDeadline: row.registrationDeadline.toISOString(),
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
  };
}

// 进行中 = not over and not called off (upcoming included); 已结束 = over or called off.
export function phaseWhere(phase: ListPhase | undefined, now: Date): Prisma.ActivityWhereInput {
  if (phase === "ongoing") {
    return { cancelledAt: null, OR: [{ endAt: { gt: now } }, { endAt: null, startAt: { gt: now } }] };
  }
  if (phase === "ended") {
    return { OR: [{ cancelledAt: { not: null } }, { endAt: { lte: now } }, { endAt: null, startAt: { lte: now } }] };
  }
  return {};
}

// Newest first (by start). The clock is read inside the cached read: an entry lives a few minutes
// at most (the `timely` profile), and every registration or edit expires it by tag.
export async function listPublicActivities(opts: { phase?: ListPhase; page: number }): Promise<Page<ActivityCard>> {
  "use cache";
  cachedAs("timely", CACHE_TAGS.activities);
  const where = { ...PUBLIC_ACTIVITY, ...phaseWhere(opts.phase, new Date()) };
  const [rows, total] = await Promise.all([
    db.activity.findMany({ where, orderBy: [{ startAt: "desc" }, { id: "desc" }], select: cardSelect, ...pageWindow(opts.page) }),
    db.activity.count({ where }),
  ]);
  return toPage(rows.map(toCard), total, opts.page);
}

// A published activity with its body rendered (sanitised Markdown), or null.
export async function getPublicActivity(id: string): Promise<ActivityDetail | null> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.activities, activityTag(id));
  const row = await db.activity.findFirst({
    where: { id, ...PUBLIC_ACTIVITY },
    select: { ...cardSelect, body: true, cancelReason: true, publishedAt: true, updatedAt: true },
  });
  if (!row) return null;
  return {
    ...toCard(row),
    body: row.body,
    bodyHtml: renderMarkdown(row.body),
    cancelReason: row.cancelReason,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}

// For app/sitemap.ts: every published activity and when it last changed.
export async function listPublicActivityIds(): Promise<{ id: string; updatedAt: string }[]> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.activities);
  const rows = await db.activity.findMany({
    where: PUBLIC_ACTIVITY,
    orderBy: [{ startAt: "desc" }, { id: "desc" }],
    select: { id: true, updatedAt: true },
  });
  return rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt.toISOString() }));
}

import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import type { Actor } from "@/lib/domain/actor";

// 消息中心: the user's own messages, newest first.
export async function listMyMessages(actor: Actor, page: number) {
  const where = { userId: actor.id };
  const [items, total] = await Promise.all([
    db.message.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
      ...pageWindow(page),
    }),
    db.message.count({ where }),
  ]);
  return toPage(items, total, page);
}

export function countUnreadMessages(actor: Pick<Actor, "id">): Promise<number> {
  return db.message.count({ where: { userId: actor.id, readAt: null } });
}

export function getMyMessage(actor: Actor, id: string) {
  return db.message.findFirst({
    where: { id, userId: actor.id },
    select: { id: true, title: true, body: true, link: true, readAt: true, createdAt: true },
  });
}

import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";

// 消息中心: a user marks their own messages read. Another user's message answers not-found.
export async function markMessageRead(actor: Actor, messageId: string): Promise<void> {
  const message = await db.message.findFirst({ where: { id: messageId, userId: actor.id }, select: { id: true, readAt: true } });
  if (!message) throw new NotFoundError("消息");
  if (!message.readAt) await db.message.updateMany({ where: { id: message.id, readAt: null }, data: { readAt: new Date() } });
}

export async function markAllMessagesRead(actor: Actor): Promise<number> {
  const { count } = await db.message.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// A message in the user's 消息中心, written in the same transaction as the change it tells about.
export interface Notice {
  userId: string;
  title: string;
  body: string;
  link?: string | null;
}

export async function notify(notices: Notice | Notice[], client: Prisma.TransactionClient = db): Promise<void> {
  const list = Array.isArray(notices) ? notices : [notices];
  if (list.length === 0) return;
  await client.message.createMany({ data: list.map((n) => ({ userId: n.userId, title: n.title, body: n.body, link: n.link ?? null })) });
}

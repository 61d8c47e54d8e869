import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RequestMeta } from "./actor";

// The audit log: who did what, when, from where. Never passwords, codes or full ID numbers:
// callers pass masked values in `detail`. Pass the transaction client when the entry belongs to a write.
export interface AuditEntry {
  action: string; // e.g. auth.login.success, application.status
  actorId?: string | null;
  targetType?: string;
  targetId?: string | null;
  meta?: RequestMeta | null;
  detail?: Prisma.InputJsonValue;
}

export async function audit(entry: AuditEntry, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      ip: entry.meta?.ip ?? null,
      userAgent: entry.meta?.userAgent?.slice(0, 300) ?? null,
      detail: entry.detail,
    },
  });
}

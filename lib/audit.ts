import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// Audit log: who did what, when, from where. Never passwords, codes or full ID numbers:
// callers pass masked values in `detail`.
export interface AuditEntry {
  action: string; // e.g. auth.login.success
  actorId?: string | null;
  targetType?: string;
  targetId?: string;
  ip?: string | null;
  userAgent?: string | null;
  detail?: Prisma.InputJsonValue;
}

export async function audit(entry: AuditEntry, client: Prisma.TransactionClient = db): Promise<void> {
  await client.auditLog.create({
    data: {
      action: entry.action,
      actorId: entry.actorId ?? null,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip ?? null,
      userAgent: entry.userAgent?.slice(0, 300) ?? null,
      detail: entry.detail,
    },
  });
}

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { audit } from "@/lib/domain/audit";
import { createUser } from "@/tests/helpers/accounts";

// The audit log is append-only in the database (migration 20261203053500_audit_append_only, docs/security.md).
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function entry(createdAt?: Date, actorId?: string) {
  return db.auditLog.create({ data: { action: "test.append_only", actorId: actorId ?? null, targetType: "Test", targetId: "t1", ip: "203.0.113.1", detail: { a: 1 }, ...(createdAt ? { createdAt } : {}) } });
}

describe("audit log: append-only", () => {
  it("refuses UPDATE through Prisma and raw SQL", async () => {
    const row = await entry();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "test.forged" } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.updateMany({ where: { id: row.id }, data: { ip: null } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`UPDATE "AuditLog" SET "detail" = '{"a":2}' WHERE "id" = $1`, row.id)).rejects.toThrow(/append-only/);
    const user = await createUser();
    await expect(db.auditLog.update({ where: { id: row.id }, data: { actorId: user.id } })).rejects.toThrow(/append-only/);
    expect(await db.auditLog.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it("refuses DELETE and TRUNCATE, even of old rows, without the archive procedure", async () => {
    const recent = await entry();
    const old = await entry(daysAgo(200));
    await expect(db.auditLog.delete({ where: { id: recent.id } })).rejects.toThrow(/append-only/);
    await expect(db.auditLog.deleteMany({ where: { id: old.id } })).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`DELETE FROM "AuditLog" WHERE "id" = $1`, old.id)).rejects.toThrow(/append-only/);
    await expect(db.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
    expect(await db.auditLog.count({ where: { id: { in: [recent.id, old.id] } } })).toBe(2);
  });

  it("the archive procedure deletes rows older than 180 days only", async () => {
    const recent = await entry(daysAgo(100));
    const old = await entry(daysAgo(200));
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL tianshui.audit_archive = 'on'`);
        await tx.auditLog.deleteMany({ where: { id: recent.id } });
      }),
    ).rejects.toThrow(/append-only/);
    const removed = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL tianshui.audit_archive = 'on'`);
      return tx.auditLog.deleteMany({ where: { id: old.id } });
    });
    expect(removed.count).toBe(1);
    expect(await db.auditLog.findUnique({ where: { id: recent.id } })).not.toBeNull();
    // SET LOCAL ends with its transaction.
    const older = await entry(daysAgo(300));
    await expect(db.auditLog.delete({ where: { id: older.id } })).rejects.toThrow(/append-only/);
  });

  it("lets ON DELETE SET NULL clear the actor of a removed account, and nothing else", async () => {
    const user = await createUser();
    await audit({ action: "test.actor", actorId: user.id, targetType: "Test", targetId: "t2", meta: { ip: "203.0.113.2", userAgent: "vitest" } });
    const before = await db.auditLog.findFirstOrThrow({ where: { action: "test.actor", actorId: user.id } });
    await db.user.delete({ where: { id: user.id } });
    const after = await db.auditLog.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toEqual({ ...before, actorId: null });
  });
});

import { db } from "@/lib/db";
import { startOfShanghaiDay } from "./day";
import { MAX_DAILY_FAILURES } from "./schema";

// The daily limit of failed certifications, kept by the database even against two submissions at the
// same instant: an attempt is reserved (an `pending` CertificationAttempt row) before the provider is
// asked, in a transaction that first locks the user's row, so a second submission waits and then counts
// the first one. The provider's call stays outside any transaction; its answer turns the reserved row
// into the outcome (or removes it when the provider did not answer).
export const FAILED_OUTCOMES = ["mismatch", "not_found", "failed"];
export type AttemptKind = "enterprise" | "personal";

function countedToday(userId: string, kind: AttemptKind, now: Date, pendingMs: number) {
  const since = startOfShanghaiDay(now);
  const pendingSince = new Date(Math.max(since.getTime(), now.getTime() - pendingMs));
  return {
    userId,
    kind,
    OR: [
      { outcome: { in: FAILED_OUTCOMES }, createdAt: { gte: since } },
      // A reservation whose answer never came (a crash) stops counting after a while.
      { outcome: "pending", createdAt: { gte: pendingSince } },
    ],
  };
}

export async function failuresToday(userId: string, kind: AttemptKind, now: Date): Promise<number> {
  return db.certificationAttempt.count({ where: { userId, kind, outcome: { in: FAILED_OUTCOMES }, createdAt: { gte: startOfShanghaiDay(now) } } });
}

// Returns the reserved attempt's id, or null when the day's failures (with those in flight) reached the limit.
// `abandonPending`: a new 个人认证 replaces the one the user left unfinished.
export async function reserveAttempt(
  userId: string,
  kind: AttemptKind,
  now: Date,
  { pendingMs, abandonPending = false, detail }: { pendingMs: number; abandonPending?: boolean; detail?: string },
): Promise<string | null> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "id" = ${userId} FOR UPDATE`;
    if (abandonPending) await tx.certificationAttempt.updateMany({ where: { userId, kind, outcome: "pending" }, data: { outcome: "abandoned" } });
    const used = await tx.certificationAttempt.count({ where: countedToday(userId, kind, now, pendingMs) });
    if (used >= MAX_DAILY_FAILURES) return null;
    const row = await tx.certificationAttempt.create({ data: { userId, kind, outcome: "pending", detail, createdAt: now }, select: { id: true } });
    return row.id;
  });
}

export async function releaseAttempt(id: string): Promise<void> {
  await db.certificationAttempt.deleteMany({ where: { id, outcome: "pending" } });
}

import { db } from "@/lib/db";

// Personal data kept no longer than its purpose needs (PIPL art. 19). What each row is for, and for how long:
// - SMS codes: valid 5 minutes; the day's rows count toward the per-phone daily limit → 2 days.
// - SMS outbox (the text and the phone of every message): delivery questions are asked within weeks → 90 days.
// - Sessions (device, IP): shown in 登录设备 while active; ended ones kept 30 days for incident review.
// - Rate-limit rows: useless once expired.
export const RETENTION_DAYS = { smsCodes: 2, smsOutbox: 90, endedSessions: 30 } as const;

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export async function purgeExpiredData(now: Date = new Date()) {
  const sessionsEndedBefore = daysBefore(now, RETENTION_DAYS.endedSessions);
  const [smsCodes, smsOutbox, sessions, rateLimits] = await Promise.all([
    db.smsCode.deleteMany({ where: { createdAt: { lt: daysBefore(now, RETENTION_DAYS.smsCodes) } } }),
    db.smsOutbox.deleteMany({ where: { createdAt: { lt: daysBefore(now, RETENTION_DAYS.smsOutbox) } } }),
    db.session.deleteMany({ where: { OR: [{ revokedAt: { lt: sessionsEndedBefore } }, { expiresAt: { lt: sessionsEndedBefore } }] } }),
    db.rateLimit.deleteMany({ where: { expire: { lt: now } } }),
  ]);
  return { smsCodes: smsCodes.count, smsOutbox: smsOutbox.count, sessions: sessions.count, rateLimits: rateLimits.count };
}

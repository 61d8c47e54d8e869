import { describe, expect, it } from "vitest";
import { createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { purgeExpiredData } from "@/lib/retention/purge";
import { createUser } from "@/tests/helpers/accounts";

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe("retention job", () => {
  it("deletes old SMS codes, outbox rows, long-ended sessions and expired rate-limit rows, and keeps the rest", async () => {
    const user = await createUser();
    const oldCode = await db.smsCode.create({ data: { phone: user.phone, purpose: "REGISTER", codeHash: "x", expiresAt: daysAgo(3), createdAt: daysAgo(3) } });
    const todayCode = await db.smsCode.create({ data: { phone: user.phone, purpose: "REGISTER", codeHash: "y", expiresAt: new Date(), createdAt: new Date() } });
    const oldSms = await db.smsOutbox.create({ data: { phone: user.phone, template: "VERIFICATION_CODE", content: "…", provider: "outbox", createdAt: daysAgo(91) } });
    const recentSms = await db.smsOutbox.create({ data: { phone: user.phone, template: "VERIFICATION_CODE", content: "…", provider: "outbox" } });
    const ended = await createSession(user.id, { now: daysAgo(40) });
    await db.session.update({ where: { id: ended.id }, data: { revokedAt: daysAgo(35) } });
    const active = await createSession(user.id, { now: new Date() });
    await db.rateLimit.create({ data: { key: "rl:test:expired", points: 1, expire: daysAgo(1) } });
    await db.rateLimit.create({ data: { key: "rl:test:live", points: 1, expire: new Date(Date.now() + 60_000) } });

    const purged = await purgeExpiredData(new Date());
    expect(purged.smsCodes).toBeGreaterThanOrEqual(1);
    expect(await db.smsCode.findUnique({ where: { id: oldCode.id } })).toBeNull();
    expect(await db.smsCode.findUnique({ where: { id: todayCode.id } })).not.toBeNull();
    expect(await db.smsOutbox.findUnique({ where: { id: oldSms.id } })).toBeNull();
    expect(await db.smsOutbox.findUnique({ where: { id: recentSms.id } })).not.toBeNull();
    expect(await db.session.findUnique({ where: { id: ended.id } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: active.id } })).not.toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: "rl:test:expired" } })).toBeNull();
    expect(await db.rateLimit.findUnique({ where: { key: "rl:test:live" } })).not.toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { INVALID_CREDENTIALS, LOCKOUT_MS, passwordLogin } from "@/lib/auth/password-login";
import { db } from "@/lib/db";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/services/rate-limit";
import { verifyHumanCheck } from "@/lib/services/captcha";
import { createUser, freshPhone, meta, PASSWORD, solvedHumanCheck } from "@/tests/helpers/accounts";

async function attempt(phone: string, password: string, now: Date, ip = "198.51.100.1") {
  return passwordLogin({ phone, password, captcha: await solvedHumanCheck() }, meta(ip), now);
}

describe("phone + password login", () => {
  it("logs in with the right password, creates a session and audits it", async () => {
    const user = await createUser();
    const now = new Date();
    const result = await attempt(user.phone, PASSWORD, now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const session = await db.session.findUniqueOrThrow({ where: { id: result.sessionId } });
    expect(session.userId).toBe(user.id);
    expect(session.expiresAt.getTime() - now.getTime()).toBe(12 * 3600_000);
    expect(await db.auditLog.count({ where: { action: "auth.login.success", actorId: user.id } })).toBe(1);
  });

  it("creates a new session at every login", async () => {
    const user = await createUser();
    const first = await attempt(user.phone, PASSWORD, new Date());
    const second = await attempt(user.phone, PASSWORD, new Date());
    expect(first.ok && second.ok && first.sessionId !== second.sessionId).toBe(true);
  });

  it("answers an unknown phone and a wrong password with the same message", async () => {
    const user = await createUser();
    const unknown = await attempt(freshPhone(), PASSWORD, new Date());
    const wrong = await attempt(user.phone, "Wrong@pass1", new Date());
    expect(unknown).toMatchObject({ ok: false, code: "invalid", message: INVALID_CREDENTIALS });
    expect(wrong).toMatchObject({ ok: false, code: "invalid", message: INVALID_CREDENTIALS });
    const logs = await db.auditLog.findMany({ where: { action: "auth.login.failure" } });
    expect(JSON.stringify(logs)).not.toContain("Wrong@pass1");
    expect(JSON.stringify(logs)).not.toContain(user.phone);
  });

  it("locks the account for 15 minutes after 5 failures, then lets the right password in", async () => {
    const user = await createUser();
    const start = new Date();
    for (let i = 1; i <= 4; i++) {
      expect(await attempt(user.phone, `Wrong@pass${i}`, start)).toMatchObject({ code: "invalid" });
    }
    const fifth = await attempt(user.phone, "Wrong@pass5", start);
    expect(fifth).toMatchObject({ ok: false, code: "locked" });
    if (fifth.ok) return;
    expect(fifth.lockedUntil?.getTime()).toBe(start.getTime() + LOCKOUT_MS);
    expect(fifth.message).toMatch(/登录失败次数过多，请于.*\d{2}:\d{2}（北京时间）后再试/);
    expect(await db.auditLog.count({ where: { action: "auth.lockout", actorId: user.id } })).toBe(1);

    // Locked: even the right password is refused, with the time the lock ends.
    const during = await attempt(user.phone, PASSWORD, new Date(start.getTime() + LOCKOUT_MS - 1000));
    expect(during).toMatchObject({ ok: false, code: "locked" });

    // After the period the right password works and the failure count starts again.
    const after = await attempt(user.phone, PASSWORD, new Date(start.getTime() + LOCKOUT_MS + 1000));
    expect(after.ok).toBe(true);
    const fresh = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(fresh.failedLoginCount).toBe(0);
    expect(fresh.lockedUntil).toBeNull();
  });

  it("a success resets the failure count", async () => {
    const user = await createUser();
    const now = new Date();
    for (let i = 0; i < 4; i++) await attempt(user.phone, "Wrong@pass1", now);
    expect((await attempt(user.phone, PASSWORD, now)).ok).toBe(true);
    expect(await attempt(user.phone, "Wrong@pass1", now)).toMatchObject({ code: "invalid" });
  });

  it("requires a solved human check, usable once", async () => {
    const user = await createUser();
    const missing = await passwordLogin({ phone: user.phone, password: PASSWORD, captcha: "" }, meta("198.51.100.7"), new Date());
    expect(missing).toMatchObject({ ok: false, code: "captcha", field: "captcha" });
    const forged = Buffer.from(JSON.stringify({ challenge: { parameters: { algorithm: "PBKDF2/SHA-256" } }, solution: { counter: 1, derivedKey: "00" } })).toString("base64");
    expect(await passwordLogin({ phone: user.phone, password: PASSWORD, captcha: forged }, meta("198.51.100.7"), new Date())).toMatchObject({ code: "captcha" });

    const captcha = await solvedHumanCheck();
    expect((await passwordLogin({ phone: user.phone, password: PASSWORD, captcha }, meta("198.51.100.7"), new Date())).ok).toBe(true);
    const replay = await passwordLogin({ phone: user.phone, password: PASSWORD, captcha }, meta("198.51.100.7"), new Date());
    expect(replay).toMatchObject({ ok: false, code: "captcha", message: "人机验证已使用过，请重新验证" });
  });

  it("rejects a tampered human-check challenge", async () => {
    const payload = JSON.parse(Buffer.from(await solvedHumanCheck(), "base64").toString());
    payload.challenge.parameters.cost = 1;
    const result = await verifyHumanCheck(Buffer.from(JSON.stringify(payload)).toString("base64"));
    expect(result).toMatchObject({ ok: false, reason: "invalid" });
  });
});

describe("login rate limits", () => {
  it("limits attempts per phone", async () => {
    const user = await createUser();
    const { points } = RATE_LIMITS["login-phone"];
    // Attempts from many addresses: only the per-phone limit applies.
    for (let i = 0; i < points; i++) await consumeRateLimit("login-phone", user.phone);
    const blocked = await attempt(user.phone, PASSWORD, new Date(), "198.51.100.200");
    expect(blocked).toMatchObject({ ok: false, code: "rate-limited" });
    expect(blocked.ok ? "" : blocked.message).toMatch(/登录尝试过于频繁，请\d+分钟后再试/);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("limits attempts per IP address", async () => {
    const ip = "192.0.2.99";
    const { points } = RATE_LIMITS["login-ip"];
    let last;
    for (let i = 0; i <= points; i++) last = await consumeRateLimit("login-ip", ip);
    expect(last).toMatchObject({ ok: false });
    const user = await createUser();
    expect(await attempt(user.phone, PASSWORD, new Date(), ip)).toMatchObject({ ok: false, code: "rate-limited" });
    // Another address is not affected.
    expect((await attempt(user.phone, PASSWORD, new Date(), "192.0.2.100")).ok).toBe(true);
  });

  it("stores the counts in the database by default", async () => {
    await consumeRateLimit("sms-ip", "192.0.2.150");
    const row = await db.rateLimit.findUnique({ where: { key: "rl:sms-ip:192.0.2.150" } });
    expect(row?.points).toBe(1);
    expect(row?.expire && row.expire > new Date()).toBe(true);
  });
});

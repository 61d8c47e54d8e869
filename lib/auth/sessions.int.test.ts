import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { changePassword } from "@/lib/accounts/commands";
import { authSecret, buildAuthConfig } from "@/lib/auth/config";
import { passwordLogin } from "@/lib/auth/password-login";
import { createSession, revokeSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { createUser, meta, minutesLater, PASSWORD, solvedHumanCheck } from "@/tests/helpers/accounts";
import { outcome } from "@/tests/helpers/actions";
import { endMySession, listMySessions } from "@/lib/auth/my-sessions";

const ORIGIN = "http://127.0.0.1:3999";
const COOKIE = "authjs.session-token";

// Logs in through Auth.js itself (Credentials provider), as the login action does, and returns the
// session cookie the browser would get.
async function loginCookie(phone: string, password = PASSWORD): Promise<string> {
  const config = { ...buildAuthConfig({ origin: ORIGIN, meta: meta() }), basePath: "/api/auth", raw, skipCSRFCheck };
  const body = new URLSearchParams({ phone, password, captcha: await solvedHumanCheck(), callbackUrl: "/" });
  const request = new Request(`${ORIGIN}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "203.0.113.77" },
    body,
  });
  const result = (await Auth(request, config as never)) as unknown as { cookies?: { name: string; value: string; options: { httpOnly?: boolean; sameSite?: string } }[] };
  const cookie = result.cookies?.find((c) => c.name === COOKIE);
  if (!cookie) throw new Error("no session cookie");
  expect(cookie.options).toMatchObject({ httpOnly: true, sameSite: "lax" });
  return cookie.value;
}

// What lib/auth/current.ts does with the cookie on every request: decode the JWT, check the row.
async function sessionFromCookie(value: string, now = new Date()) {
  const token = await decode({ token: value, secret: authSecret(), salt: COOKIE });
  return validateSession(typeof token?.sid === "string" ? token.sid : null, now);
}

describe("server-side sessions", () => {
  it("the cookie only points at the Session row", async () => {
    const user = await createUser();
    const cookie = await loginCookie(user.phone);
    const token = await decode({ token: cookie, secret: authSecret(), salt: COOKIE });
    expect(Object.keys(token ?? {}).sort()).toEqual(["exp", "iat", "jti", "sid", "sub"]);
    const current = await sessionFromCookie(cookie);
    expect(current?.user).toMatchObject({ id: user.id, phone: user.phone, role: "PERSONAL" });
    expect((await db.session.findUniqueOrThrow({ where: { id: current!.sessionId } })).ip).toBe("203.0.113.77");
  });

  it("ends after 30 idle minutes", async () => {
    const user = await createUser();
    const start = new Date();
    const session = await createSession(user.id, { now: start });
    expect(await validateSession(session.id, minutesLater(start, 29))).not.toBeNull();
    // Seen at minute 29: the idle clock restarts from there.
    expect(await validateSession(session.id, minutesLater(start, 29 + 29))).not.toBeNull();
    expect(await validateSession(session.id, minutesLater(start, 29 + 29 + 31))).toBeNull();
  });

  it("ends 12 hours after login even when used all the time", async () => {
    const user = await createUser();
    const start = new Date();
    const session = await createSession(user.id, { now: start });
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      expect(await validateSession(session.id, minutesLater(start, minutes))).not.toBeNull();
    }
    expect(await validateSession(session.id, new Date(start.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
    expect(SESSION_IDLE_MS).toBe(30 * 60_000);
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const user = await createUser();
    const start = new Date();
    const session = await createSession(user.id, { now: start });
    await validateSession(session.id, new Date(start.getTime() + 30_000));
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(start);
    await validateSession(session.id, new Date(start.getTime() + 61_000));
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).lastSeenAt).toEqual(new Date(start.getTime() + 61_000));
  });

  it("退出 revokes the session on the server: the old cookie no longer works", async () => {
    const user = await createUser();
    const cookie = await loginCookie(user.phone);
    const current = await sessionFromCookie(cookie);
    expect(current).not.toBeNull();
    expect(await revokeSession(current!.sessionId, new Date())).toBe(true);
    expect(await sessionFromCookie(cookie)).toBeNull();
  });

  it("a disabled account has no session", async () => {
    const user = await createUser();
    const cookie = await loginCookie(user.phone);
    await db.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await sessionFromCookie(cookie)).toBeNull();
  });
});

describe("修改密码", () => {
  it("ends every other session of the user and keeps the current one", async () => {
    const user = await createUser();
    const other = await createUser();
    const phoneCookie = await loginCookie(user.phone);
    const laptopCookie = await loginCookie(user.phone);
    const othersCookie = await loginCookie(other.phone);
    const current = (await sessionFromCookie(laptopCookie))!;

    const result = await outcome(
      changePassword(
        { id: user.id, role: user.role, institutionId: null, sessionId: current.sessionId },
        { oldPassword: PASSWORD, newPassword: "Longmen#Grotto9", confirmPassword: "Longmen#Grotto9" },
        meta(),
        new Date(),
      ),
    );
    expect(result).toMatchObject({ ok: true, data: { endedSessions: 1 } });
    expect(await sessionFromCookie(laptopCookie)).not.toBeNull();
    expect(await sessionFromCookie(phoneCookie)).toBeNull();
    expect(await sessionFromCookie(othersCookie)).not.toBeNull();

    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(stored.passwordHash!, "Longmen#Grotto9")).toBe(true);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "account.password.change", actorId: user.id } });
    expect(JSON.stringify(log)).not.toContain("Longmen");

    // The old password no longer logs in, the new one does.
    const old = await passwordLogin({ phone: user.phone, password: PASSWORD, captcha: await solvedHumanCheck() }, meta("198.51.100.90"), new Date());
    expect(old.ok).toBe(false);
    const fresh = await passwordLogin({ phone: user.phone, password: "Longmen#Grotto9", captcha: await solvedHumanCheck() }, meta("198.51.100.90"), new Date());
    expect(fresh.ok).toBe(true);
  });

  it("refuses a wrong original password and changes nothing", async () => {
    const user = await createUser();
    const session = await createSession(user.id, { now: new Date() });
    const result = await outcome(
      changePassword(
        { id: user.id, role: user.role, institutionId: null, sessionId: session.id },
        { oldPassword: "Not-the-one1", newPassword: "Maijishan#Caves8", confirmPassword: "Maijishan#Caves8" },
        meta(),
        new Date(),
      ),
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { oldPassword: "原密码不正确" } });
    expect(await verifyPassword((await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!, PASSWORD)).toBe(true);
  });
});

// Fix 7: Auth.js's own endpoints, and the session list of 账号信息.
describe("sign-out endpoint, session endpoint and 下线", () => {
  const config = { ...buildAuthConfig({ origin: ORIGIN, meta: meta() }), basePath: "/api/auth" };
  const sidOf = async (cookie: string) => (await decode({ token: cookie, secret: authSecret(), salt: COOKIE }))?.sid as string;

  it("POST /api/auth/signout revokes the Session row, so a copied cookie is worthless", async () => {
    const user = await createUser();
    const cookie = await loginCookie(user.phone);
    const request = new Request(`${ORIGIN}/api/auth/signout`, {
      method: "POST",
      headers: { cookie: `${COOKIE}=${cookie}`, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ callbackUrl: "/" }),
    });
    await Auth(request, { ...config, skipCSRFCheck } as never);
    expect((await db.session.findUniqueOrThrow({ where: { id: await sidOf(cookie) } })).revokedAt).not.toBeNull();
    expect(await sessionFromCookie(cookie)).toBeNull();
  });

  it("GET /api/auth/session does not show the session id", async () => {
    const user = await createUser();
    const cookie = await loginCookie(user.phone);
    const response = (await Auth(new Request(`${ORIGIN}/api/auth/session`, { headers: { cookie: `${COOKIE}=${cookie}` } }), config as never)) as Response;
    const body = await response.text();
    expect(body).toContain(user.id);
    expect(body).not.toContain(await sidOf(cookie));
    expect(body).not.toContain("sid");
  });

  it("lists the user's own active sessions and 下线 ends one of them; another user's session is not found", async () => {
    const user = await createUser();
    const other = await createUser();
    const now = new Date();
    const here = await createSession(user.id, { now, ip: "198.51.100.9", userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari" });
    const phone = await createSession(user.id, { now, ip: "198.51.100.10", userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/120" });
    const theirs = await createSession(other.id, { now });
    const actor = { id: user.id, role: user.role, institutionId: null, sessionId: here.id };
    const list = await listMySessions(actor, now);
    expect(list.map((s) => s.id).sort()).toEqual([here.id, phone.id].sort());
    expect(list.find((s) => s.id === here.id)).toMatchObject({ current: true, ip: "198.51.100.9", device: expect.stringContaining("iPhone") });
    expect((await outcome(endMySession(actor, phone.id, meta(), now))).ok).toBe(true);
    expect((await listMySessions(actor, now)).map((s) => s.id)).toEqual([here.id]);
    expect(await outcome(endMySession(actor, theirs.id, meta(), now))).toMatchObject({ ok: false });
    expect((await db.session.findUniqueOrThrow({ where: { id: theirs.id } })).revokedAt).toBeNull();
  });
});

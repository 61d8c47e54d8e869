import { audit } from "@/lib/domain/audit";
import { db } from "@/lib/db";
import { maskPhone } from "@/lib/mask";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { RequestMeta } from "@/lib/request-meta";
import { verifyHumanCheck } from "@/lib/services/captcha";
import { consumeRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { disabledMessage } from "./disabled";
import { requiresSecondFactor } from "./second-factor/policy";
import { createSession } from "./session";

// Phone + password login with the platform's rules: rate limits per IP and per phone, the human check,
// one message for an unknown phone and a wrong password, a 15-minute lock after 5 failures in a row.
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MS = 15 * 60_000;
export const INVALID_CREDENTIALS = "手机号或密码错误";

export type LoginFailureCode = "invalid" | "locked" | "rate-limited" | "captcha" | "disabled";
export interface LoginFailure {
  ok: false;
  code: LoginFailureCode;
  message: string;
  field?: "captcha";
  lockedUntil?: Date;
}
export type LoginResult = { ok: true; userId: string; sessionId: string } | LoginFailure;

export interface PasswordLoginInput {
  phone: string;
  password: string;
  captcha: string;
}

// "14:35" in Beijing time, with the date when the lock ends on another day.
export function formatLockTime(until: Date, now: Date): string {
  const zone = { timeZone: "Asia/Shanghai" } as const;
  const day = (d: Date) => d.toLocaleDateString("zh-CN", zone);
  const time = until.toLocaleTimeString("zh-CN", { ...zone, hour: "2-digit", minute: "2-digit", hour12: false });
  return day(until) === day(now) ? time : `${until.toLocaleDateString("zh-CN", { ...zone, month: "long", day: "numeric" })} ${time}`;
}

function lockedMessage(until: Date, now: Date) {
  // Says nothing of an account: a phone without one is locked the same way (login-unknown-phone).
  return `登录失败次数过多，请于${formatLockTime(until, now)}（北京时间）后再试`;
}

// A hash to verify against when the phone is unknown, so both cases take the same time.
let dummyHash: Promise<string> | undefined;
function timingDummy() {
  return (dummyHash ??= hashPassword("tianshui-timing-equaliser-Aa1!"));
}

export async function passwordLogin(input: PasswordLoginInput, meta: RequestMeta, now: Date): Promise<LoginResult> {
  const phone = input.phone.trim();
  const fail = (code: LoginFailureCode, message: string, extra: Partial<LoginFailure> = {}): LoginFailure => ({ ok: false, code, message, ...extra });

  for (const [limit, key] of [["login-ip", meta.ip ?? "unknown"], ["login-phone", phone]] as const) {
    const result = await consumeRateLimit(limit, key);
    if (!result.ok) {
      await audit({ action: "auth.login.rate_limited", meta, detail: { phone: maskPhone(phone), limit } });
      return fail("rate-limited", `登录尝试过于频繁，请${retryAfterText(result.retryAfterSeconds)}后再试`);
    }
  }

  const human = await verifyHumanCheck(input.captcha);
  if (!human.ok) return fail("captcha", human.message, { field: "captcha" });

  const user = await db.user.findUnique({
    where: { phone },
    select: { id: true, role: true, passwordHash: true, status: true, lockedUntil: true, disabledReason: true },
  });
  const failure = async (userId: string | null, reason: string) =>
    audit({ action: "auth.login.failure", actorId: userId, targetType: "User", targetId: userId ?? undefined, meta, detail: { phone: maskPhone(phone), reason } });

  // A disabled account is told so (with the 金融办's reason) only after the right password (lib/supervision).
  if (user?.passwordHash && user.status === "DISABLED" && (await verifyPassword(user.passwordHash, input.password))) {
    await failure(user.id, "disabled");
    return fail("disabled", disabledMessage(user.disabledReason));
  }
  if (!user || !user.passwordHash || user.status !== "ACTIVE") {
    await verifyPassword(await timingDummy(), input.password);
    await failure(user?.id ?? null, !user ? "unknown-phone" : !user.passwordHash ? "no-password" : "disabled");
    const counted = await consumeRateLimit("login-unknown-phone", phone);
    if (!counted.ok) {
      const until = new Date(now.getTime() + counted.retryAfterSeconds * 1000);
      return fail("locked", lockedMessage(until, now), { lockedUntil: until });
    }
    return fail("invalid", INVALID_CREDENTIALS);
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await failure(user.id, "locked");
    return fail("locked", lockedMessage(user.lockedUntil, now), { lockedUntil: user.lockedUntil });
  }

  if (!(await verifyPassword(user.passwordHash, input.password))) {
    const counted = await db.user.update({
      where: { id: user.id },
      data: { failedLoginCount: { increment: 1 } },
      select: { failedLoginCount: true },
    });
    await failure(user.id, "wrong-password");
    if (counted.failedLoginCount >= LOCKOUT_THRESHOLD) {
      const lockedUntil = new Date(now.getTime() + LOCKOUT_MS);
      await db.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
      await audit({ action: "auth.lockout", actorId: user.id, targetType: "User", targetId: user.id, meta, detail: { phone: maskPhone(phone), until: lockedUntil.toISOString() } });
      return fail("locked", lockedMessage(lockedUntil, now), { lockedUntil });
    }
    return fail("invalid", INVALID_CREDENTIALS);
  }

  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    const created = await createSession(user.id, { ...meta, now, secondFactorPending: requiresSecondFactor(user.role) }, tx);
    await audit({ action: "auth.login.success", actorId: user.id, targetType: "Session", targetId: created.id, meta, detail: { method: "password" } }, tx);
    return created;
  });
  return { ok: true, userId: user.id, sessionId: session.id };
}

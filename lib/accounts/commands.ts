import { PLATFORM_SERVICE_VERSION } from "@/lib/agreements/platform-service";
import { revokeOtherSessions } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskPhone } from "@/lib/mask";
import { hashPassword, verifyPassword } from "@/lib/password";
import { verifyHumanCheck } from "@/lib/services/captcha";
import { consumeRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { sendSms } from "@/lib/services/sms";
import { checkSmsCode, consumeSmsCode, issueSmsCode } from "@/lib/services/sms/codes";
import type { SmsDriver } from "@/lib/services/sms/types";
import type { ChangePasswordData, ChangePhoneData, RegisterData, ResetPasswordData, SendSmsData } from "./schema";

// Account commands: 注册 (manual 2.2), 发送验证码, and 修改手机号 / 修改密码 of 账号信息 (2.9).
// Checks run in the order a person can fix them; every refusal says what to change.
export const PHONE_TAKEN = "该手机号已注册";
export const USCC_TAKEN = "该统一社会信用代码已注册";
export const PHONE_IN_USE = "该手机号已被其他账号使用";
const CODE_SPENT = "短信验证码已失效，请重新获取";

const ipKey = (meta: RequestMeta) => meta.ip ?? "unknown";
const isUnique = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

async function limit(name: Parameters<typeof consumeRateLimit>[0], key: string, what: string) {
  const limited = await consumeRateLimit(name, key);
  if (!limited.ok) throw new RefusedError(`${what}过于频繁，请${retryAfterText(limited.retryAfterSeconds)}后再试`);
}

async function humanCheck(payload: string) {
  const human = await verifyHumanCheck(payload);
  if (!human.ok) throw new RefusedError(human.message, { captcha: human.message });
}

async function smsCode(phone: string, purpose: "REGISTER" | "CHANGE_PHONE" | "RESET_PASSWORD", code: string, now: Date) {
  const checked = await checkSmsCode(phone, purpose, code, now);
  if (!checked.ok) throw new RefusedError(checked.message, { smsCode: checked.message });
  return checked.codeId;
}

// One transaction uses the SMS code, creates the account (and the enterprise profile) and records the consent.
export async function registerAccount(data: RegisterData, meta: RequestMeta, now: Date): Promise<{ userId: string }> {
  // Rate limit, human check and the SMS code come first: only the holder of the phone learns it is registered.
  await limit("register-ip", ipKey(meta), "注册");
  await humanCheck(data.captcha);
  const codeId = await smsCode(data.phone, "REGISTER", data.smsCode, now);
  const taken: Record<string, string> = {};
  if (await db.user.findUnique({ where: { phone: data.phone }, select: { id: true } })) taken.phone = PHONE_TAKEN;
  if (data.kind === "ENTERPRISE" && (await db.enterpriseProfile.findUnique({ where: { uscc: data.uscc }, select: { id: true } }))) {
    taken.uscc = USCC_TAKEN;
  }
  if (Object.keys(taken).length) throw new InvalidInputError(taken);

  const passwordHash = await hashPassword(data.password);
  try {
    const user = await db.$transaction(async (tx) => {
      if (!(await consumeSmsCode(tx, codeId, now))) return null;
      const created = await tx.user.create({
        data: {
          phone: data.phone,
          passwordHash,
          passwordChangedAt: now,
          role: data.kind,
          name: data.kind === "PERSONAL" ? data.name : null,
          createdAt: now,
          ...(data.kind === "ENTERPRISE" ? { enterprise: { create: { name: data.enterpriseName, uscc: data.uscc } } } : {}),
        },
      });
      await tx.consent.create({
        data: {
          userId: created.id,
          agreement: "PLATFORM_SERVICE",
          version: PLATFORM_SERVICE_VERSION,
          acceptedAt: now,
          context: "register",
          ip: meta.ip,
          userAgent: meta.userAgent?.slice(0, 300),
        },
      });
      await audit(
        { action: "auth.register", actorId: created.id, targetType: "User", targetId: created.id, meta, detail: { phone: maskPhone(data.phone), kind: data.kind } },
        tx,
      );
      return created;
    });
    if (!user) throw new RefusedError(CODE_SPENT, { smsCode: CODE_SPENT });
    return { userId: user.id };
  } catch (error) {
    // Someone registered the same phone or USCC between the check and the insert.
    if (isUnique(error)) {
      const target = JSON.stringify((error as Prisma.PrismaClientKnownRequestError).meta ?? {});
      throw new InvalidInputError(target.includes("uscc") ? { uscc: USCC_TAKEN } : { phone: PHONE_TAKEN });
    }
    throw error;
  }
}

// 发送验证码: only after the rate limit and the human check. A code is sent whether or not the phone has an
// account, with the same answer: whether a phone is registered is told by 注册 (or 修改手机号) to whoever
// holds that phone's code, never to someone who merely typed the number.
export async function sendVerificationSms(
  data: SendSmsData,
  context: { actor: Actor | null; meta: RequestMeta; now: Date; driver?: SmsDriver },
): Promise<{ resendAfterSeconds: number }> {
  const { actor, meta, now } = context;
  if ((data.purpose === "CHANGE_PHONE" || data.purpose === "CERTIFY") && !actor) throw new RefusedError("请先登录");
  await limit("sms-ip", ipKey(meta), "获取验证码");
  await humanCheck(data.captcha);
  if (data.purpose === "CHANGE_PHONE") {
    // The user's own number says nothing about others.
    const own = await db.user.findUnique({ where: { id: actor!.id }, select: { phone: true } });
    if (own?.phone === data.phone) throw new RefusedError("新手机号与当前手机号相同", { newPhone: "新手机号与当前手机号相同" });
  }
  if (data.purpose === "CERTIFY") {
    // 个人认证 sends its code to the account's own phone only (联系电话 is not editable there).
    const own = await db.user.findUnique({ where: { id: actor!.id }, select: { phone: true } });
    if (own?.phone !== data.phone) throw new RefusedError("请使用本账号绑定的手机号接收验证码", { phone: "请使用本账号绑定的手机号接收验证码" });
  }
  const issued = await issueSmsCode({ phone: data.phone, purpose: data.purpose, now, driver: context.driver });
  if (!issued.ok) throw new RefusedError(issued.message, { smsCode: issued.message });
  return { resendAfterSeconds: Math.ceil((issued.resendAt.getTime() - now.getTime()) / 1000) };
}

// 修改手机号 moves where logins, codes and messages go: the current password is asked (a stolen session
// alone is not enough), the old number is told, and every other session ends.
export async function changePhone(actor: Actor, data: ChangePhoneData, meta: RequestMeta, now: Date): Promise<{ phone: string; endedSessions: number }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { phone: true, passwordHash: true } });
  if (!user) throw new NotFoundError("账号");
  if (data.newPhone === user.phone) throw new InvalidInputError({ newPhone: "新手机号与当前手机号相同" });
  await limit("login-phone", user.phone, "尝试");
  if (!user.passwordHash) throw new RefusedError("您的账号尚未设置登录密码，暂不能在此修改手机号");
  if (!(await verifyPassword(user.passwordHash, data.password))) {
    await audit({ action: "account.phone.change_failed", actorId: actor.id, targetType: "User", targetId: actor.id, meta });
    throw new InvalidInputError({ password: "登录密码不正确" });
  }
  await humanCheck(data.captcha);
  const codeId = await smsCode(data.newPhone, "CHANGE_PHONE", data.smsCode, now);
  // Told only to the holder of the new phone's code (see sendVerificationSms).
  if (await db.user.findUnique({ where: { phone: data.newPhone }, select: { id: true } })) throw new InvalidInputError({ newPhone: PHONE_IN_USE });
  try {
    const ended = await db.$transaction(async (tx) => {
      if (!(await consumeSmsCode(tx, codeId, now))) return null;
      await tx.user.update({ where: { id: actor.id }, data: { phone: data.newPhone } });
      const count = await revokeOtherSessions(actor.id, actor.sessionId, now, tx);
      await audit(
        {
          action: "account.phone.change",
          actorId: actor.id,
          targetType: "User",
          targetId: actor.id,
          meta,
          detail: { from: maskPhone(user.phone), to: maskPhone(data.newPhone), endedSessions: count },
        },
        tx,
      );
      return count;
    });
    if (ended === null) throw new RefusedError(CODE_SPENT, { smsCode: CODE_SPENT });
    // After the commit: a notice that fails to send must not undo the change (the outbox records it).
    await sendSms({
      phone: user.phone,
      template: "SECURITY_NOTICE",
      templateParams: { phone: maskPhone(data.newPhone) },
      content: `【天水市智慧金融服务平台】您的账号手机号已修改为${maskPhone(data.newPhone)}。如非本人操作，请立即联系平台客服。`,
    });
    return { phone: data.newPhone, endedSessions: ended };
  } catch (error) {
    if (isUnique(error)) throw new InvalidInputError({ newPhone: PHONE_IN_USE });
    throw error;
  }
}

// The other sessions of the user end; the one that changed the password stays.
export async function changePassword(actor: Actor, data: ChangePasswordData, meta: RequestMeta, now: Date): Promise<{ endedSessions: number }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { phone: true, passwordHash: true } });
  if (!user) throw new NotFoundError("账号");
  // Guessing the old password from a stolen session is limited like guessing at login.
  await limit("login-phone", user.phone, "尝试");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.oldPassword))) {
    await audit({ action: "account.password.change_failed", actorId: actor.id, targetType: "User", targetId: actor.id, meta });
    throw new InvalidInputError({ oldPassword: user.passwordHash ? "原密码不正确" : "您的账号通过统一身份认证登录，尚未设置密码" });
  }
  if (data.newPassword.includes(user.phone)) throw new InvalidInputError({ newPassword: "密码不能包含手机号" });

  const passwordHash = await hashPassword(data.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null } });
    const ended = await revokeOtherSessions(actor.id, actor.sessionId, now, tx);
    await audit({ action: "account.password.change", actorId: actor.id, targetType: "User", targetId: actor.id, meta, detail: { endedSessions: ended } }, tx);
    return ended;
  });
  return { endedSessions };
}

// 忘记密码: the rate limit, the human check and the phone's SMS code prove the person holds the phone; then
// the new password is set, a lock is lifted and every session of the account ends (whoever had one).
// Whether the phone has an account is told only to the holder of its code.
export async function resetPassword(data: ResetPasswordData, meta: RequestMeta, now: Date): Promise<{ endedSessions: number }> {
  await limit("reset-ip", ipKey(meta), "操作");
  await limit("login-phone", data.phone, "操作");
  await humanCheck(data.captcha);
  const codeId = await smsCode(data.phone, "RESET_PASSWORD", data.smsCode, now);
  const user = await db.user.findUnique({ where: { phone: data.phone }, select: { id: true, status: true } });
  if (!user || user.status !== "ACTIVE") throw new InvalidInputError({ phone: "该手机号未注册" });
  if (data.newPassword.includes(data.phone)) throw new InvalidInputError({ newPassword: "密码不能包含手机号" });
  const passwordHash = await hashPassword(data.newPassword);
  const ended = await db.$transaction(async (tx) => {
    if (!(await consumeSmsCode(tx, codeId, now))) return null;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null } });
    const count = await revokeOtherSessions(user.id, null, now, tx);
    await audit({ action: "account.password.reset", actorId: user.id, targetType: "User", targetId: user.id, meta, detail: { endedSessions: count } }, tx);
    return count;
  });
  if (ended === null) throw new RefusedError(CODE_SPENT, { smsCode: CODE_SPENT });
  return { endedSessions: ended };
}

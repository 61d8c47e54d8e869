import { fail, succeed, type ActionResult } from "@/lib/actions/result";
import { audit } from "@/lib/audit";
import { revokeOtherSessions } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskPhone } from "@/lib/mask";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { RequestMeta } from "@/lib/request-meta";
import { verifyHumanCheck } from "@/lib/services/captcha";
import { consumeRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { checkSmsCode, consumeSmsCode } from "@/lib/services/sms/codes";
import type { changePasswordSchema, changePhoneSchema } from "@/lib/validation/account";
import type { z } from "zod";

// 账号信息 (manual 2.9): 修改手机号 and 修改密码 for the signed-in user.
export const PHONE_IN_USE = "该手机号已被其他账号使用";

interface Actor {
  userId: string;
  sessionId: string;
}

export async function changePhone(actor: Actor, data: z.output<typeof changePhoneSchema>, meta: RequestMeta, now: Date): Promise<ActionResult<{ phone: string }>> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { phone: true } });
  if (!user) return fail("账号不存在");
  if (data.newPhone === user.phone) return fail("请修改标出的内容", { newPhone: "新手机号与当前手机号相同" });
  if (await db.user.findUnique({ where: { phone: data.newPhone }, select: { id: true } })) {
    return fail("请修改标出的内容", { newPhone: PHONE_IN_USE });
  }
  const human = await verifyHumanCheck(data.captcha);
  if (!human.ok) return fail(human.message, { captcha: human.message });
  const code = await checkSmsCode(data.newPhone, "CHANGE_PHONE", data.smsCode, now);
  if (!code.ok) return fail(code.message, { smsCode: code.message });

  try {
    const changed = await db.$transaction(async (tx) => {
      if (!(await consumeSmsCode(tx, code.codeId, now))) return false;
      await tx.user.update({ where: { id: actor.userId }, data: { phone: data.newPhone } });
      await audit(
        {
          action: "account.phone.change",
          actorId: actor.userId,
          targetType: "User",
          targetId: actor.userId,
          ip: meta.ip,
          userAgent: meta.userAgent,
          detail: { from: maskPhone(user.phone), to: maskPhone(data.newPhone) },
        },
        tx,
      );
      return true;
    });
    if (!changed) return fail("短信验证码已失效，请重新获取", { smsCode: "短信验证码已失效，请重新获取" });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return fail("请修改标出的内容", { newPhone: PHONE_IN_USE });
    throw error;
  }
  return succeed({ phone: data.newPhone }, "手机号修改成功");
}

export async function changePassword(actor: Actor, data: z.output<typeof changePasswordSchema>, meta: RequestMeta, now: Date): Promise<ActionResult<{ endedSessions: number }>> {
  const user = await db.user.findUnique({ where: { id: actor.userId }, select: { phone: true, passwordHash: true } });
  if (!user) return fail("账号不存在");
  // Guessing the old password from a stolen session is limited like guessing at login.
  const limited = await consumeRateLimit("login-phone", user.phone);
  if (!limited.ok) return fail(`尝试过于频繁，请${retryAfterText(limited.retryAfterSeconds)}后再试`);
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, data.oldPassword))) {
    await audit({ action: "account.password.change_failed", actorId: actor.userId, targetType: "User", targetId: actor.userId, ip: meta.ip, userAgent: meta.userAgent });
    return fail("请修改标出的内容", { oldPassword: user.passwordHash ? "原密码不正确" : "您的账号通过统一身份认证登录，尚未设置密码" });
  }
  if (data.newPassword.includes(user.phone)) return fail("请修改标出的内容", { newPassword: "密码不能包含手机号" });

  const passwordHash = await hashPassword(data.newPassword);
  const endedSessions = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.userId }, data: { passwordHash, passwordChangedAt: now, failedLoginCount: 0, lockedUntil: null } });
    const ended = await revokeOtherSessions(actor.userId, actor.sessionId, now, tx);
    await audit(
      { action: "account.password.change", actorId: actor.userId, targetType: "User", targetId: actor.userId, ip: meta.ip, userAgent: meta.userAgent, detail: { endedSessions: ended } },
      tx,
    );
    return ended;
  });
  return succeed({ endedSessions }, endedSessions ? `密码修改成功，已退出其他${endedSessions}处登录` : "密码修改成功");
}

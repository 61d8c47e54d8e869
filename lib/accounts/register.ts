import { fail, succeed, type ActionResult } from "@/lib/actions/result";
import { PLATFORM_SERVICE_VERSION } from "@/lib/agreements/platform-service";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { maskPhone } from "@/lib/mask";
import { hashPassword } from "@/lib/password";
import type { RequestMeta } from "@/lib/request-meta";
import { verifyHumanCheck } from "@/lib/services/captcha";
import { consumeRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { checkSmsCode, consumeSmsCode } from "@/lib/services/sms/codes";
import type { RegisterData } from "@/lib/validation/account";

// 企业（个人）用户注册 (manual 2.2): checks in the order a person can fix them, then one transaction
// that uses the SMS code, creates the account (and the enterprise profile) and records the consent.
export const PHONE_TAKEN = "该手机号已注册";
export const USCC_TAKEN = "该统一社会信用代码已注册";

export async function registerAccount(data: RegisterData, meta: RequestMeta, now: Date): Promise<ActionResult<{ userId: string }>> {
  const limited = await consumeRateLimit("register-ip", meta.ip);
  if (!limited.ok) return fail(`注册过于频繁，请${retryAfterText(limited.retryAfterSeconds)}后再试`);

  const taken: Record<string, string> = {};
  if (await db.user.findUnique({ where: { phone: data.phone }, select: { id: true } })) taken.phone = PHONE_TAKEN;
  if (data.kind === "ENTERPRISE" && (await db.enterpriseProfile.findUnique({ where: { uscc: data.uscc }, select: { id: true } }))) {
    taken.uscc = USCC_TAKEN;
  }
  if (Object.keys(taken).length) return fail("请修改标出的内容", taken);

  const human = await verifyHumanCheck(data.captcha);
  if (!human.ok) return fail(human.message, { captcha: human.message });

  const code = await checkSmsCode(data.phone, "REGISTER", data.smsCode, now);
  if (!code.ok) return fail(code.message, { smsCode: code.message });

  const passwordHash = await hashPassword(data.password);
  try {
    const user = await db.$transaction(async (tx) => {
      if (!(await consumeSmsCode(tx, code.codeId, now))) return null;
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
        { action: "auth.register", actorId: created.id, targetType: "User", targetId: created.id, ip: meta.ip, userAgent: meta.userAgent, detail: { phone: maskPhone(data.phone), kind: data.kind } },
        tx,
      );
      return created;
    });
    if (!user) return fail("短信验证码已失效，请重新获取", { smsCode: "短信验证码已失效，请重新获取" });
    return succeed({ userId: user.id }, "注册成功，请登录");
  } catch (error) {
    // Someone registered the same phone or USCC between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const target = JSON.stringify(error.meta ?? {});
      return target.includes("uscc") ? fail("请修改标出的内容", { uscc: USCC_TAKEN }) : fail("请修改标出的内容", { phone: PHONE_TAKEN });
    }
    throw error;
  }
}

import { fail, succeed, type ActionResult } from "@/lib/actions/result";
import { db } from "@/lib/db";
import type { RequestMeta } from "@/lib/request-meta";
import { verifyHumanCheck } from "@/lib/services/captcha";
import { consumeRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { issueSmsCode } from "@/lib/services/sms/codes";
import type { SmsDriver } from "@/lib/services/sms/types";
import type { sendSmsSchema } from "@/lib/validation/account";
import type { z } from "zod";
import { PHONE_IN_USE } from "./settings";
import { PHONE_TAKEN } from "./register";

// 发送验证码: only after the human check, only to a phone that may be used for the purpose
// (a new phone for registration or for 修改手机号, which needs a signed-in user).
export async function sendVerificationSms(
  data: z.output<typeof sendSmsSchema>,
  context: { userId: string | null; meta: RequestMeta; now: Date; driver?: SmsDriver },
): Promise<ActionResult<{ resendAfterSeconds: number }>> {
  const { userId, meta, now } = context;
  if (data.purpose === "CHANGE_PHONE" && !userId) return fail("请先登录");

  const owner = await db.user.findUnique({ where: { phone: data.phone }, select: { id: true } });
  if (owner) {
    const message = data.purpose === "REGISTER" ? PHONE_TAKEN : owner.id === userId ? "新手机号与当前手机号相同" : PHONE_IN_USE;
    return fail(message, { [data.purpose === "REGISTER" ? "phone" : "newPhone"]: message });
  }

  const limited = await consumeRateLimit("sms-ip", meta.ip);
  if (!limited.ok) return fail(`获取验证码过于频繁，请${retryAfterText(limited.retryAfterSeconds)}后再试`);

  const human = await verifyHumanCheck(data.captcha);
  if (!human.ok) return fail(human.message, { captcha: human.message });

  const issued = await issueSmsCode({ phone: data.phone, purpose: data.purpose, now, driver: context.driver });
  if (!issued.ok) return fail(issued.message, { smsCode: issued.message });
  return succeed({ resendAfterSeconds: Math.ceil((issued.resendAt.getTime() - now.getTime()) / 1000) }, "验证码已发送，5分钟内有效");
}

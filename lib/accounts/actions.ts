"use server";

import { cookies } from "next/headers";
import { signIn, signOut } from "@/auth";
import { action, publicAction } from "@/lib/actions/builder";
import { hasGivenContext } from "@/lib/actions/context";
import { LoginError } from "@/lib/auth/errors";
import { revokeSession } from "@/lib/auth/session";
import { audit } from "@/lib/domain/audit";
import { RefusedError } from "@/lib/domain/errors";
import { accountModeOfPhone } from "@/lib/care/commands";
import { setModeCookie } from "@/lib/care/cookie";
import { isProductionDeployment } from "@/lib/env";
import { changePassword, changePhone, registerAccount, sendVerificationSms } from "./commands";
import { changePasswordSchema, changePhoneSchema, loginSchema, REGISTERED_COOKIE, registerSchema, safeCallbackUrl, sendSmsSchema } from "./schema";
import { homeOf, roleOfPhone } from "./queries";

// 注册, 登录, 退出, 发送验证码, 修改手机号, 修改密码. Passwords, codes and the human check never come
// back in a result (lib/actions/input.ts). 登录, 注册 and 退出 are posted to route handlers that run
// these actions (lib/actions/form-post.ts).

export const registerAction = publicAction({
  input: registerSchema,
  run: async ({ meta, now }, input) => {
    const created = await registerAccount(input, meta, now);
    // The login page greets the new user with the phone filled in. (Scripts and tests call the
    // action without an HTTP request: there is no cookie to set.)
    if (hasGivenContext()) return created;
    (await cookies()).set(REGISTERED_COOKIE, input.phone, {
      httpOnly: true,
      sameSite: "lax",
      secure: isProductionDeployment(),
      path: "/login",
      maxAge: 300,
    });
    return created;
  },
  redirect: () => "/login?registered=1",
});

export const sendSmsCodeAction = publicAction({
  input: sendSmsSchema,
  run: ({ actor, meta, now }, input) => sendVerificationSms(input, { actor, meta, now }),
  message: "验证码已发送，5分钟内有效",
});

// Through Auth.js (Credentials provider → lib/auth/password-login.ts); then back to the page the user came from.
export const loginAction = publicAction({
  input: loginSchema,
  run: async (_context, { phone, password, captcha }) => {
    try {
      await signIn("credentials", { phone, password, captcha, redirect: false });
      await rememberAccountMode(phone);
      return { role: await roleOfPhone(phone) };
    } catch (error) {
      if (!(error instanceof LoginError)) throw error;
      const { failure } = error;
      throw new RefusedError(failure.message, failure.field ? { [failure.field]: failure.message } : {});
    }
  },
  // Back to the page the user came from; otherwise staff land in 机构工作台 and the 金融办 in 管理后台.
  redirect: (done, { callbackUrl }) => safeCallbackUrl(callbackUrl, homeOf(done.role)),
});

// Signing in applies the account's 关怀模式 choice to this browser, so it stays after 退出 too.
async function rememberAccountMode(phone: string) {
  const mode = await accountModeOfPhone(phone);
  if (mode && !hasGivenContext()) await setModeCookie(mode);
}

// 退出: the Session row is revoked first, so the old cookie is worthless even if it was copied.
export const logoutAction = publicAction({
  run: async ({ actor, meta, now }) => {
    if (actor?.sessionId && (await revokeSession(actor.sessionId, now))) {
      await audit({ action: "auth.logout", actorId: actor.id, targetType: "Session", targetId: actor.sessionId, meta });
    }
    await signOut({ redirect: false });
  },
  redirect: () => "/",
});

export const changePhoneAction = action({
  input: changePhoneSchema,
  run: ({ actor, meta, now }, input) => changePhone(actor, input, meta, now),
  message: "手机号修改成功",
  refresh: true, // the header shows the phone
});

export const changePasswordAction = action({
  input: changePasswordSchema,
  run: ({ actor, meta, now }, input) => changePassword(actor, input, meta, now),
  message: ({ endedSessions }) => (endedSessions ? `密码修改成功，已退出其他${endedSessions}处登录` : "密码修改成功"),
});

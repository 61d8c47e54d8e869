"use server";

import { cookies } from "next/headers";
import { z } from "zod";
import { endMySession } from "@/lib/auth/my-sessions";
import { idSchema } from "@/lib/domain/ids";
import { signIn, signOut } from "@/auth";
import { action, publicAction } from "@/lib/actions/builder";
import { hasGivenContext } from "@/lib/actions/context";
import { LoginError } from "@/lib/auth/errors";
import { revokeSession } from "@/lib/auth/session";
import { sealSsoLink, SSO_LINK_COOKIE, SSO_LINK_TTL_S } from "@/lib/auth/sso-link";
import { SSO_PROVIDER_ID } from "@/lib/sso/settings";
import { audit } from "@/lib/domain/audit";
import { RefusedError } from "@/lib/domain/errors";
import { accountModeOfPhone } from "@/lib/care/commands";
import { setModeCookie } from "@/lib/care/cookie";
import { isProductionDeployment } from "@/lib/env";
import { changePassword, changePhone, registerAccount, resetPassword, sendVerificationSms } from "./commands";
import { changePasswordSchema, changePhoneSchema, loginSchema, REGISTERED_COOKIE, registerSchema, resetPasswordSchema, safeCallbackUrl, sendSmsSchema } from "./schema";
import { homeOf, roleOfPhone } from "./queries";
import { afterPasswordLogin } from "@/lib/auth/second-factor/policy";

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
  // Staff and 金融办 first give their second factor (lib/auth/second-factor).
  redirect: (done, { callbackUrl }) => afterPasswordLogin(done.role, safeCallbackUrl(callbackUrl, homeOf(done.role))),
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
  message: ({ endedSessions }) => (endedSessions ? `手机号修改成功，已退出其他${endedSessions}处登录` : "手机号修改成功"),
  refresh: true, // the header shows the phone
});

export const changePasswordAction = action({
  input: changePasswordSchema,
  run: ({ actor, meta, now }, input) => changePassword(actor, input, meta, now),
  message: ({ endedSessions }) => (endedSessions ? `密码修改成功，已退出其他${endedSessions}处登录` : "密码修改成功"),
});

// 关联统一身份认证 (账号信息): the signed-in owner proves the local account by its session; the provider
// round trip then proves the provincial identity, and the callback links the two (lib/auth/sso-account.ts).
export const linkSsoAction = action({
  run: async ({ actor, now }) => {
    if (hasGivenContext() || !actor.sessionId) return null;
    (await cookies()).set(SSO_LINK_COOKIE, sealSsoLink(actor.sessionId, now), {
      httpOnly: true,
      sameSite: "lax",
      secure: isProductionDeployment(),
      path: "/api/auth",
      maxAge: SSO_LINK_TTL_S,
    });
    await signIn(SSO_PROVIDER_ID, { redirectTo: "/me/account" });
    return null;
  },
});

// 下线 in 登录设备 (账号信息): ends one of the user's own sessions; another user's is not found.
export const endSessionAction = action({
  bound: z.tuple([idSchema]),
  run: ({ actor, meta, now }, _input, [sessionId]) => endMySession(actor, sessionId, meta, now),
  message: "该设备已下线",
  redirect: () => "/me/account",
});

// 忘记密码 (/login/forgot): then 登录 with the new password.
export const resetPasswordAction = publicAction({
  input: resetPasswordSchema,
  run: ({ meta, now }, input) => resetPassword(input, meta, now),
  redirect: () => "/login?reset=1",
});

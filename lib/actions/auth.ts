"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { auth, signIn, signOut } from "@/auth";
import { fail, fieldErrorsFrom, type ActionResult } from "@/lib/actions/result";
import { audit } from "@/lib/audit";
import { requestMeta } from "@/lib/auth/current";
import { LoginError } from "@/lib/auth/errors";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/hint-cookie";
import { revokeSession } from "@/lib/auth/session";
import { loginSchema, safeCallbackUrl, type LoginInput } from "@/lib/validation/account";

// 登录 and 退出. Login goes through Auth.js (Credentials provider → lib/auth/password-login.ts);
// on success the browser is sent to the page it came from.
export async function loginAction(input: LoginInput): Promise<ActionResult> {
  const values = { phone: String(input?.phone ?? "").slice(0, 20) };
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return fail("请检查填写的内容", fieldErrorsFrom(parsed.error.issues), values);
  const { phone, password, captcha, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { phone, password, captcha, redirect: false });
  } catch (error) {
    if (error instanceof LoginError) {
      const { failure } = error;
      return fail(failure.message, failure.field ? { [failure.field]: failure.message } : undefined, values);
    }
    throw error;
  }
  redirect(safeCallbackUrl(callbackUrl));
}

// 退出: the Session row is revoked first, so the old cookie is worthless even if it was copied.
export async function logoutAction(): Promise<void> {
  const session = await auth();
  if (session?.sid) {
    const ended = await revokeSession(session.sid, new Date());
    if (ended) {
      const meta = await requestMeta();
      await audit({ action: "auth.logout", actorId: session.user?.id || null, targetType: "Session", targetId: session.sid, ip: meta.ip, userAgent: meta.userAgent });
    }
  }
  (await cookies()).delete(SIGNED_IN_HINT_COOKIE);
  await signOut({ redirectTo: "/" });
}

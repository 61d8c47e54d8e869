import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { LoginForm } from "@/components/accounts/login-form";
import { loginErrorMessage } from "@/lib/auth/errors";
import { currentUser } from "@/lib/auth/current";
import { SSO_PROVIDER_NAME } from "@/lib/sso/settings";
import { REGISTERED_COOKIE, safeCallbackUrl } from "@/lib/accounts/schema";

export const metadata: Metadata = { title: "登录", robots: { index: false } };

type SearchParams = Promise<{ callbackUrl?: string; registered?: string; reset?: string; error?: string }>;

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  // Empty when the user came to 登录 directly: the action then lands them by role (staff → /org, 金融办 → /admin).
  const returnTo = safeCallbackUrl(params.callbackUrl, "");
  const user = await currentUser();
  if (user) {
    // Already signed in (also what the page shows while a successful login moves on to its target).
    const next = callbackUrl === "/" ? "/me" : callbackUrl;
    return (
      <AuthCard title="用户登录">
        <p role="status" className="text-center text-slate-800">
          您已登录。
          <Link href={next} className="ml-1 font-medium text-brand-700 underline">
            继续
          </Link>
        </p>
      </AuthCard>
    );
  }

  const registeredPhone = params.registered ? (await cookies()).get(REGISTERED_COOKIE)?.value : undefined;
  const phone = registeredPhone && /^1[3-9]\d{9}$/.test(registeredPhone) ? registeredPhone : undefined;
  const notice = params.registered ? "注册成功，请登录" : params.reset ? "密码已重置，请使用新密码登录" : null;
  const error = loginErrorMessage(params.error);
  const ssoHref = `/login/sso?${new URLSearchParams({ callbackUrl })}`;

  return (
    <AuthCard title="用户登录">
      {error ? (
        <p role="alert" className="mb-3 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <LoginForm phone={phone} callbackUrl={returnTo} notice={notice} />
      <p className="pt-3 text-center text-sm text-slate-700">
        <Link href="/login/forgot" className="mr-4 font-medium text-brand-700 underline">
          忘记密码
        </Link>
        还没有账号？
        <Link href="/register" className="font-medium text-brand-700 underline">
          新用户注册
        </Link>
      </p>
      <div className="mt-6 border-t border-slate-200 pt-4">
        <h2 className="mb-3 text-center text-sm font-medium text-slate-600">其他登录方式</h2>
        <a
          href={ssoHref}
          className="block rounded border border-red-800 px-4 py-2.5 text-center text-base font-medium text-red-800 hover:bg-red-50"
        >
          {SSO_PROVIDER_NAME}
        </a>
        <p className="mt-2 text-center text-xs text-slate-600">已在甘肃省政务服务网（天水市政务服务网）注册的用户可直接登录</p>
      </div>
    </AuthCard>
  );
}

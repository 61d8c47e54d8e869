import type { Metadata } from "next";
import { connection } from "next/server";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { SetOwnPasswordForm } from "@/components/security/set-own-password-form";
import { mustChangePassword } from "@/lib/accounts/first-login";
import { homeOf } from "@/lib/accounts/queries";
import { requireUser } from "@/lib/auth/current";

export const metadata: Metadata = { title: "设置新密码", robots: { index: false } };

// First login with the one-time password sent by SMS (lib/accounts/first-login.ts). Nothing else opens
// before this is done; an account that already has its own password goes home.
export default async function SetPasswordPage() {
  await connection();
  const user = await requireUser("/account/set-password");
  if (!(await mustChangePassword(user.id))) redirect(homeOf(user.role));
  return (
    <AuthCard title="设置新密码">
      <p className="mb-3 text-sm leading-6 text-slate-700">您正在使用短信发送的临时密码登录。为了账号安全，请先设置您自己的登录密码。</p>
      <SetOwnPasswordForm />
    </AuthCard>
  );
}

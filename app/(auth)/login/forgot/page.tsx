import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/components/accounts/auth-card";
import { ResetPasswordForm } from "@/components/security/reset-password-form";

export const metadata: Metadata = { title: "忘记密码", robots: { index: false } };

// 忘记密码: phone + 验证码 + 短信验证码 → 新密码 (lib/accounts/commands.ts, resetPassword).
export default function ForgotPasswordPage() {
  return (
    <AuthCard title="忘记密码">
      <ResetPasswordForm />
      <p className="pt-3 text-center text-sm text-slate-700">
        想起密码了？
        <Link href="/login" className="font-medium text-brand-700 underline">
          返回登录
        </Link>
      </p>
    </AuthCard>
  );
}

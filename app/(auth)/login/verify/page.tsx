import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/components/accounts/auth-card";
import { EnrolSecondFactorForm, SecondFactorForm } from "@/components/security/second-factor-form";
import { safeCallbackUrl } from "@/lib/accounts/schema";
import { enrolmentSecretFor, pendingLogin, recoveryCodesFor } from "@/lib/auth/second-factor/commands";
import { sessionIdFromCookie } from "@/lib/auth/second-factor/cookie";
import { DEMO_TOTP_SECRET, otpauthUri, qrSvg } from "@/lib/auth/second-factor/totp";
import { isDemoMode } from "@/lib/env";

export const metadata: Metadata = { title: "登录验证", robots: { index: false } };

type SearchParams = Promise<{ next?: string }>;

// Step two of a staff or 金融办 login (lib/auth/second-factor): the password was right; the session is
// usable only after a TOTP code (or a recovery code). Without a factor yet, the account enrols here.
export default async function VerifyPage({ searchParams }: { searchParams: SearchParams }) {
  const { next: rawNext } = await searchParams;
  const next = safeCallbackUrl(rawNext, "");
  const login = await pendingLogin(await sessionIdFromCookie(), new Date());
  if (!login) redirect("/login");

  const back = (
    <form method="post" action="/logout" className="pt-3 text-center text-sm">
      <button type="submit" className="font-medium text-brand-700 underline">
        取消，返回登录
      </button>
    </form>
  );

  if (login.enrolled) {
    return (
      <AuthCard title="登录验证">
        <p className="mb-4 text-sm text-slate-700">为保障账号安全，机构人员和管理员登录需要第二重验证。请打开手机上的身份验证器，输入本平台账号当前显示的6位动态验证码。</p>
        <SecondFactorForm next={next} />
        {isDemoMode() ? (
          <p className="mt-3 rounded bg-amber-50 px-3 py-2 text-xs text-amber-900">
            演示环境：演示账号的身份验证器密钥为 <code className="break-all">{DEMO_TOTP_SECRET}</code>，可手动添加到任一身份验证器（见 README）。
          </p>
        ) : null}
        {back}
      </AuthCard>
    );
  }

  const secret = enrolmentSecretFor(login.sessionId);
  const svg = await qrSvg(otpauthUri(secret, login.phone));
  const codes = recoveryCodesFor(login.sessionId);
  return (
    <AuthCard title="绑定身份验证器">
      <p className="mb-3 text-sm text-slate-700">
        机构人员和管理员登录需要第二重验证。请在手机上安装身份验证器（如“腾讯身份验证器”、Microsoft Authenticator、Google Authenticator），按下列步骤绑定：
      </p>
      <ol className="mb-4 list-decimal space-y-3 pl-5 text-sm text-slate-800">
        <li>
          用身份验证器扫描二维码：
          {/* The SVG is made on the server by the qrcode library from our own URI: paths only, no script. */}
          <div role="img" aria-label="身份验证器绑定二维码" className="mx-auto my-2 w-48" dangerouslySetInnerHTML={{ __html: svg }} />
          无法扫描时，手动输入密钥：<code data-testid="totp-secret" className="break-all font-mono">{secret}</code>
        </li>
        <li>
          抄写并妥善保存以下恢复码。手机丢失时，每个恢复码可代替动态验证码登录一次：
          <ul data-testid="recovery-codes" className="mt-2 grid grid-cols-2 gap-1 font-mono text-sm">
            {codes.map((code) => (
              <li key={code}>{code}</li>
            ))}
          </ul>
        </li>
        <li>输入身份验证器上显示的6位动态验证码，完成绑定。</li>
      </ol>
      <EnrolSecondFactorForm next={next} />
      {back}
    </AuthCard>
  );
}

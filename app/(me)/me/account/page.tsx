import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { ChangePhoneForm } from "@/components/accounts/change-phone-form";
import { Disclosure } from "@/components/accounts/disclosure";
import { requireActor } from "@/lib/auth/current";
import { listMySessions } from "@/lib/auth/my-sessions";
import { SessionList } from "@/components/security/session-list";
import { getAccountSummary } from "@/lib/accounts/queries";
import { maskPhone } from "@/lib/mask";
import { SsoLinkSection } from "@/components/security/sso-link-section";
import { ssoSettings } from "@/lib/sso/settings";
import { requestOriginFrom } from "@/lib/request-meta";
import { headers } from "next/headers";
import { PrivacySection } from "@/components/privacy/privacy-section";
import { myPrivacyState } from "@/lib/privacy/queries";
import { readNativeReply } from "@/lib/actions/native-reply";

export const metadata: Metadata = { title: "账号信息" };

// 用户信息 › 账号信息 (manual 2.9): the phone, 修改手机号 and 修改账号登录密码; 登录设备 with 下线 and
// 关联统一身份认证 (docs/security.md); 个人信息: 下载我的数据, 撤回授权, 注销账号 (docs/privacy.md).
export default async function AccountSettingsPage() {
  const actor = await requireActor();
  const account = await getAccountSummary(actor.id);
  if (!account) notFound();
  const ssoAvailable = !!ssoSettings(requestOriginFrom(await headers()));
  const sessions = await listMySessions(actor, new Date());
  const applicant = account.role === "PERSONAL" || account.role === "ENTERPRISE";
  const privacy = applicant ? await myPrivacyState(actor.id) : null;
  // 注销账号 posts as a new document: after a refusal its panel opens again with the messages.
  const reply = privacy ? await readNativeReply(async () => actor.id) : null;
  return (
    <div>
      <nav aria-label="面包屑" className="text-sm text-slate-600">
        <Link href="/me" className="hover:underline">
          个人中心
        </Link>
        <span aria-hidden="true"> / </span>
        <span>账号信息</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">账号信息</h1>

      <section aria-labelledby="phone-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="phone-title" className="text-lg font-semibold text-slate-900">
          用户信息
        </h2>
        <p className="mt-3 text-slate-800">
          <span className="mr-3 text-slate-600">手机号</span>
          <span data-testid="current-phone">{maskPhone(account.phone)}</span>
        </p>
        <div className="mt-4">
          <Disclosure label="修改手机号">
            <ChangePhoneForm />
          </Disclosure>
        </div>
      </section>

      <section aria-labelledby="password-title" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="password-title" className="text-lg font-semibold text-slate-900">
          密码修改
        </h2>
        <div className="mt-4">
          {account.hasPassword ? (
            <Disclosure label="修改账号登录密码">
              <ChangePasswordForm />
            </Disclosure>
          ) : (
            <p className="text-sm text-slate-700">您的账号通过甘肃省统一身份认证系统登录，尚未设置登录密码。</p>
          )}
        </div>
      </section>

      <SessionList sessions={sessions} />

      {applicant ? <SsoLinkSection linked={account.ssoLinked} available={ssoAvailable} /> : null}

      {/* 下载我的数据, 撤回授权, 注销账号 (docs/privacy.md); staff and 金融办 accounts are managed by 金融办. */}
      {privacy ? <PrivacySection authorization={privacy.authorization} deletionRequestedAt={privacy.deletionRequestedAt} closeFormOpen={reply?.form === "close-account"} /> : null}
    </div>
  );
}

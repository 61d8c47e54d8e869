import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationOverview } from "@/components/me/application-overview";
import { actorOf } from "@/lib/domain/actor";
import { requireUser } from "@/lib/auth/current";
import { CERTIFICATION_LABELS, getAccountSummary, ROLE_LABELS } from "@/lib/accounts/queries";
import { getMyOverview } from "@/lib/applications/queries";
import { maskPhone } from "@/lib/mask";

export const metadata: Metadata = { title: "个人中心" };

const dateTime = (d: Date) => d.toLocaleString("zh-CN", { timeZone: "Asia/Shanghai", hour12: false });

// 个人中心 home: applications by status with the latest changes, and the account summary.
export default async function MePage() {
  const user = await requireUser();
  const [account, overview] = await Promise.all([getAccountSummary(user.id), getMyOverview(actorOf(user))]);
  if (!account) notFound();
  const rows: [string, string][] = [
    ["手机号", maskPhone(account.phone)],
    ["用户类型", ROLE_LABELS[account.role]],
    ...(account.name ? ([["用户姓名", account.name]] as [string, string][]) : []),
    ...(account.enterpriseName ? ([["企业名称", account.enterpriseName], ["统一社会信用代码", account.uscc ?? ""]] as [string, string][]) : []),
    ...(account.institutionName ? ([["所属机构", account.institutionName]] as [string, string][]) : []),
    ["个人认证", CERTIFICATION_LABELS[account.personalCertification]],
    ...(account.role === "ENTERPRISE" ? ([["企业认证", CERTIFICATION_LABELS[account.enterpriseCertification]]] as [string, string][]) : []),
    ["甘肃省统一身份认证", account.ssoLinked ? "已关联" : "未关联"],
    ["注册时间", dateTime(account.createdAt)],
    ...(account.lastLoginAt ? ([["最近登录", dateTime(account.lastLoginAt)]] as [string, string][]) : []),
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">个人中心</h1>
      {user.role === "STAFF" ? (
        <p className="rounded border border-brand-100 bg-brand-50 px-4 py-3 text-brand-900">
          您是机构工作人员，办理申请和回复咨询请进入 <Link href="/org" className="underline">机构工作台</Link>。
        </p>
      ) : (
        <ApplicationOverview overview={overview} />
      )}
      <section aria-labelledby="summary-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 id="summary-title" className="text-lg font-semibold text-slate-900">
            账户概览
          </h2>
          <Link href="/me/account" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
            账号信息
          </Link>
        </div>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {rows.map(([label, value]) => (
            <div key={label} className="flex gap-3 border-b border-slate-100 pb-2">
              <dt className="w-32 shrink-0 text-slate-600">{label}</dt>
              <dd className="break-all text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}

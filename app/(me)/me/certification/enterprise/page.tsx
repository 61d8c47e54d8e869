import type { Metadata } from "next";
import Link from "next/link";
import { EnterpriseCertificationForm } from "@/components/certification/enterprise-form";
import { requireUser } from "@/lib/auth/current";
import { enterpriseDefaults, myCertifications } from "@/lib/certification/queries";
import { TOO_MANY_FAILURES } from "@/lib/certification/schema";

export const metadata: Metadata = { title: "添加企业认证" };

// 添加企业认证: enterprise accounts only (others get a 404 from requireUser).
export default async function EnterpriseCertificationPage() {
  const user = await requireUser("/me/certification/enterprise", ["ENTERPRISE"]);
  const { enterprise, enterpriseBlocked } = await myCertifications(user.id);
  // No redirect here: this page re-renders inside the successful 下一步's answer, and a redirect from that
  // render left the form's transition pending (e2e). The form itself moves on to 认证授权.
  const verified = enterprise.status === "VERIFIED";
  return (
    <div>
      <nav aria-label="面包屑" className="text-sm text-slate-600">
        <Link href="/me" className="hover:underline">个人中心</Link>
        <span aria-hidden="true"> / </span>
        <Link href="/me/certification" className="hover:underline">认证授权</Link>
        <span aria-hidden="true"> / </span>
        <span>添加企业认证</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">添加企业认证</h1>
      <p className="mt-3 max-w-2xl text-sm leading-6 text-slate-700">
        请填写与营业执照一致的企业信息，平台将与企业登记信息核验。企业业务请完成企业认证，请勿使用个人认证办理企业业务。
      </p>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {verified ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
            您的账号已完成企业认证。
            <Link href="/me/certification" className="ml-1 font-medium text-brand-700 underline">
              返回认证授权
            </Link>
          </p>
        ) : enterpriseBlocked ? (
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{TOO_MANY_FAILURES}</p>
        ) : (
          <>
            <EnterpriseCertificationForm defaults={await enterpriseDefaults(user.id)} />
            <p className="mt-4 text-sm text-slate-600">如多次认证失败，请联系平台工作人员0938-8221924</p>
          </>
        )}
      </section>
    </div>
  );
}

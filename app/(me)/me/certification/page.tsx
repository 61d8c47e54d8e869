import type { Metadata } from "next";
import Link from "next/link";
import { CertificationCard } from "@/components/certification/certification-card";
import { requireUser } from "@/lib/auth/current";
import { myCertifications } from "@/lib/certification/queries";
import { STAFF_PHONE, TOO_MANY_FAILURES } from "@/lib/certification/schema";

export const metadata: Metadata = { title: "认证授权" };

// 用户信息 › 认证授权 (manual 2.9, 2.10): both certifications of the signed-in account.
export default async function CertificationPage({ searchParams }: { searchParams: Promise<{ done?: string }> }) {
  const user = await requireUser("/me/certification");
  const [{ personal, enterprise, enterpriseBlocked }, { done }] = await Promise.all([myCertifications(user.id), searchParams]);
  const isEnterprise = user.role === "ENTERPRISE";
  const enterpriseAction =
    !isEnterprise || enterprise.status === "VERIFIED" || enterpriseBlocked
      ? null
      : { href: "/me/certification/enterprise", label: enterprise.status === "FAILED" ? "重新认证" : "添加企业认证" };
  const enterpriseNote = !isEnterprise
    ? "企业认证需使用企业账号办理。企业业务请勿使用个人认证办理。"
    : enterpriseBlocked
      ? TOO_MANY_FAILURES
      : enterprise.status === "VERIFIED"
        ? "已完成企业认证，可以申请首贷等企业融资服务。"
        : "申请首贷前需完成企业认证。企业业务请完成企业认证，请勿使用个人认证办理。";
  return (
    <div>
      <nav aria-label="面包屑" className="text-sm text-slate-600">
        <Link href="/me" className="hover:underline">个人中心</Link>
        <span aria-hidden="true"> / </span>
        <span>认证授权</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">认证授权</h1>
      {done === "enterprise" && enterprise.status === "VERIFIED" ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">
          企业认证已通过。<Link href="/first-loan" className="underline underline-offset-2">前往首贷中心</Link>
        </p>
      ) : null}
      <div className="mt-6 grid gap-5 lg:grid-cols-2">
        <CertificationCard
          id="personal-certification"
          title="个人认证"
          summary={personal}
          note={
            personal.status === "VERIFIED"
              ? undefined
              : `个人认证（身份证照片 + 短信验证 + 人脸认证）即将开放在线办理，如需协助请致电平台工作人员 ${STAFF_PHONE}。`
          }
        />
        <CertificationCard id="enterprise-certification" title="企业认证" summary={enterprise} action={enterpriseAction} note={enterpriseNote} />
      </div>
    </div>
  );
}

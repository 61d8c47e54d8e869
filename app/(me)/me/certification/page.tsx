import type { Metadata } from "next";
import Link from "next/link";
import { CertificationCard } from "@/components/certification/certification-card";
import { requireUser } from "@/lib/auth/current";
import { myCertifications } from "@/lib/certification/queries";
import { TOO_MANY_FAILURES } from "@/lib/certification/schema";

export const metadata: Metadata = { title: "认证授权" };

// 用户信息 › 认证授权 (manual 2.9, 2.10): both certifications of the signed-in account.
const FACE_ERRORS: Record<string, string> = {
  notfound: "人脸认证记录不存在或无权查看，请重新发起个人认证。",
  used: "该人脸认证结果已处理，如需认证请重新开始。",
  unavailable: "人脸核验服务暂时不可用，本次不计入失败次数，请稍后再试。",
};

export default async function CertificationPage({ searchParams }: { searchParams: Promise<{ done?: string; face?: string }> }) {
  const user = await requireUser("/me/certification");
  const [{ personal, enterprise, enterpriseBlocked, personalBlocked, personalFaceUrl }, { done, face }] = await Promise.all([myCertifications(user.id), searchParams]);
  const isPersonal = user.role === "PERSONAL";
  const personalAction =
    !isPersonal || personal.status === "VERIFIED" || personalBlocked
      ? null
      : personalFaceUrl
        ? { href: personalFaceUrl, label: "继续人脸认证" }
        : { href: "/me/certification/personal", label: personal.status === "FAILED" ? "重新认证" : "添加个人认证" };
  const personalNote = !isPersonal
    ? "个人认证需使用个人账号办理。"
    : personalBlocked
      ? TOO_MANY_FAILURES
      : personal.status === "VERIFIED"
        ? undefined
        : personal.status === "FAILED"
          ? `认证失败：${personal.failureReason ?? "人脸比对未通过"}。重新认证需再次上传身份证照片并进行人脸识别。`
          : "个人认证分三步：上传身份证照片并填写身份信息、短信验证，人脸认证，核验完成。";
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
      {done === "personal" && personal.status === "VERIFIED" ? (
        <p role="status" className="mt-4 rounded border border-green-300 bg-green-50 p-3 text-green-900">核验完成：个人认证已通过。</p>
      ) : null}
      {done === "personal" && personal.status === "FAILED" ? (
        <p role="alert" className="mt-4 rounded border border-red-300 bg-red-50 p-3 text-red-900">个人认证失败：{personal.failureReason}</p>
      ) : null}
      {face && FACE_ERRORS[face] ? (
        <p role="alert" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{FACE_ERRORS[face]}</p>
      ) : null}
      <div className="mt-6 grid gap-5 lg:grid-cols-2">
        <CertificationCard
          id="personal-certification"
          title="个人认证"
          summary={personal}
          action={personalAction}
          note={personalNote}
        />
        <CertificationCard id="enterprise-certification" title="企业认证" summary={enterprise} action={enterpriseAction} note={enterpriseNote} />
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { PersonalCertificationForm } from "@/components/certification/personal-form";
import { requireUser } from "@/lib/auth/current";
import { myCertifications } from "@/lib/certification/queries";
import { TOO_MANY_FAILURES } from "@/lib/certification/schema";
import { db } from "@/lib/db";
import { maskPhone } from "@/lib/mask";

export const metadata: Metadata = { title: "个人认证" };

const STEPS = ["个人基础信息输入", "人脸认证", "核验完成"];

// 认证授权 / 个人认证 (manual 2.9): personal accounts only (others get a 404 from requireUser).
export default async function PersonalCertificationPage() {
  const user = await requireUser("/me/certification/personal", ["PERSONAL"]);
  const [{ personal, personalBlocked }, account] = await Promise.all([
    myCertifications(user.id),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { phone: true } }),
  ]);
  const verified = personal.status === "VERIFIED";
  const current = verified ? 2 : 0;
  return (
    <div>
      <nav aria-label="面包屑" className="text-sm text-slate-600">
        <Link href="/me" className="hover:underline">个人中心</Link>
        <span aria-hidden="true"> / </span>
        <Link href="/me/certification" className="hover:underline">认证授权</Link>
        <span aria-hidden="true"> / </span>
        <span>个人认证</span>
      </nav>
      <h1 className="mt-2 text-2xl font-bold text-brand-800">个人认证</h1>
      <p className="mt-2 text-sm text-slate-700">当前步骤：{STEPS[current]}</p>
      <ol className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="认证步骤">
        {STEPS.map((step, i) => (
          <li key={step} aria-current={i === current ? "step" : undefined} className={`rounded px-3 py-1 ${i === current ? "bg-brand-700 text-white" : "bg-slate-100 text-slate-700"}`}>
            步骤 {i + 1} {step}
          </li>
        ))}
      </ol>
      <section className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        {verified ? (
          <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-green-900">
            您的账号已完成个人认证。
            <Link href="/me/certification" className="ml-1 font-medium text-brand-700 underline">返回认证授权</Link>
          </p>
        ) : personalBlocked ? (
          <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3 text-amber-900">{TOO_MANY_FAILURES}</p>
        ) : (
          <>
            {personal.status === "FAILED" && personal.failureReason ? (
              <p className="mb-4 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">上次认证失败：{personal.failureReason}。重新认证需再次上传身份证照片并进行人脸识别。</p>
            ) : null}
            <PersonalCertificationForm phone={account.phone} maskedPhone={maskPhone(account.phone)} />
            <p className="mt-4 text-sm text-slate-600">点击“下一步”后将打开人脸核验服务页面，请允许浏览器使用摄像头。如多次认证失败，请联系平台工作人员0938-8221924</p>
          </>
        )}
      </section>
    </div>
  );
}

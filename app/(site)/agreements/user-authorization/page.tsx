import type { Metadata } from "next";
import { AgreementText } from "@/components/applications/agreement-text";
import { USER_AUTHORIZATION_TITLE, USER_AUTHORIZATION_VERSION } from "@/lib/agreements/user-authorization";

export const metadata: Metadata = {
  title: "用户授权协议",
  description: "天水市智慧金融服务平台《用户授权协议》（数据授权协议书）全文。",
  alternates: { canonical: "/agreements/user-authorization" },
};

export default function UserAuthorizationPage() {
  return (
    <article className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-2xl font-bold text-slate-900">《用户授权协议》</h1>
      <p className="mt-1 text-slate-700">
        {USER_AUTHORIZATION_TITLE} · 版本 {USER_AUTHORIZATION_VERSION}
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <AgreementText />
      </div>
    </article>
  );
}

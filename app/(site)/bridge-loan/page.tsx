import type { Metadata } from "next";
import Link from "next/link";
import { BridgeExplainer } from "@/components/applications/bridge-explainer";
import { BridgeForm } from "@/components/applications/bridge-form";
import { IneligibleNotice } from "@/components/applications/ineligible-notice";
import { submitBridge } from "@/lib/applications/actions";
import { checkEnterpriseService } from "@/lib/applications/eligibility";
import { findBridgeProvider, listLenders } from "@/lib/applications/lenders";
import { knownApplicantFields, newFormKey } from "@/lib/applications/queries";
import { currentActor, loginUrlFor } from "@/lib/auth/current";

export const metadata: Metadata = {
  title: "转贷业务",
  description: "天水市转贷（过桥）资金服务：为贷款即将到期、银行同意续贷的中小微企业提供短期周转资金，在线提交转贷申请。",
  alternates: { canonical: "/bridge-loan" },
};

// 转贷业务: the bridge-fund service explained, and its application for signed-in enterprises.
async function BridgeLoanBody() {
  const actor = await currentActor(); // (first: request-time, so the build never queries)
  const provider = await findBridgeProvider();
  const blocked = actor ? checkEnterpriseService(actor, "转贷") : null;
  return (
    <>
      <BridgeExplainer providerName={provider?.name ?? null} />
      <section aria-labelledby="bridge-apply" className="space-y-4">
        <h2 id="bridge-apply" className="text-xl font-semibold text-slate-900">转贷申请</h2>
        {!provider ? (
          <p className="text-slate-700">转贷服务机构正在确定中，暂不能在线申请。</p>
        ) : !actor ? (
          <p className="rounded-lg border border-slate-200 bg-white p-5 text-slate-800">
            请先 <Link href={await loginUrlFor("/bridge-loan")} className="text-brand-700 underline">登录企业账号</Link> 后在线提交转贷申请。
          </p>
        ) : blocked ? (
          <IneligibleNotice reason={blocked} backHref="/" backLabel="返回首页" />
        ) : (
          <BridgeForm
            lenders={(await listLenders()).map((l) => ({ value: l.id, label: l.name }))}
            defaults={{ ...(await knownApplicantFields(actor)), idempotencyKey: newFormKey() }}
            action={submitBridge}
          />
        )}
      </section>
    </>
  );
}

export default function BridgeLoanPage() {
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">转贷业务</h1>
      <BridgeLoanBody />
    </div>
  );
}

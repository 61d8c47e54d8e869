import type { Metadata } from "next";
import { IneligibleNotice } from "@/components/applications/ineligible-notice";
import { RenewalForm } from "@/components/applications/renewal-form";
import { submitRenewal } from "@/lib/applications/actions";
import { checkEnterpriseService } from "@/lib/applications/eligibility";
import { listLenders } from "@/lib/applications/lenders";
import { knownApplicantFields, newFormKey } from "@/lib/applications/queries";
import { requireActor } from "@/lib/auth/current";

export const metadata: Metadata = { title: "续贷申请", robots: { index: false } };

async function RenewalApplication() {
  const actor = await requireActor("/renewal/apply");
  const blocked = checkEnterpriseService(actor, "续贷");
  if (blocked) return <IneligibleNotice reason={blocked} backHref="/renewal" backLabel="返回续贷中心" />;
  return (
    <RenewalForm
      lenders={(await listLenders()).map((l) => ({ value: l.id, label: l.name }))}
      defaults={{ loanMethod: "ANY", acceptOthers: "yes", gender: "MALE", ...(await knownApplicantFields(actor)), idempotencyKey: newFormKey() }}
      action={submitRenewal}
    />
  );
}

// 续贷申请 (manual 2.11), reached from 续贷中心's “提交续贷申请”; visitors go through login first.
export default function RenewalApplyPage() {
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">续贷申请</h1>
      <p className="leading-7 text-slate-700">
        贷款即将到期、需要续贷的企业，填写到期贷款的信息后提交。申请将发送给您选择的贷款机构；选择“接受其他金融机构”后，
        其他银行也能看到并受理您的申请，由最先受理的机构为您办理。
      </p>
      <RenewalApplication />
    </div>
  );
}

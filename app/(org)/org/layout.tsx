import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OrgNav } from "@/components/org/org-nav";
import { countOrgPending, getStaffInstitution } from "@/lib/applications/queries-org";
import { requireOwnPassword } from "@/lib/accounts/first-login-guard";
import { requireActor } from "@/lib/auth/current";
import { countOrgPendingMeetings } from "@/lib/equity/queries";

export const metadata: Metadata = { title: "机构工作台", robots: { index: false } };

// The institution console: staff of one institution only (others get 404). Pages check again.
export default async function OrgLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor(undefined, ["STAFF"]);
  if (!actor.institutionId) notFound();
  await requireOwnPassword(actor.id);
  const [institution, pending, meetings] = await Promise.all([getStaffInstitution(actor), countOrgPending(actor), countOrgPendingMeetings(actor)]);
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 sm:py-8">
      <div className="mb-5 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <p className="text-lg font-semibold text-slate-900">
          机构工作台 <span className="text-base font-normal text-slate-700">· {institution?.name}</span>
        </p>
        <OrgNav pendingQuestions={pending.questions} fund={institution?.type === "FUND"} pendingMeetings={meetings} />
      </div>
      {children}
    </div>
  );
}

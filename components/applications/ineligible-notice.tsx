import Link from "next/link";
import type { Ineligibility } from "@/lib/applications/eligibility";

// Why this account cannot apply, and what to do instead.
export function IneligibleNotice({ reason, backHref, backLabel }: { reason: Ineligibility; backHref: string; backLabel: string }) {
  return (
    <div role="alert" className="rounded-lg border border-orange-300 bg-orange-50 p-5 text-orange-950">
      <p className="font-semibold">暂不能提交申请</p>
      <p className="mt-2 leading-7">{reason.message}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        {reason.action ? (
          <Link href={reason.action.href} className="rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            {reason.action.label}
          </Link>
        ) : null}
        <Link href={backHref} className="rounded border border-brand-700 px-4 py-2 text-brand-700 hover:bg-white">
          {backLabel}
        </Link>
      </div>
    </div>
  );
}

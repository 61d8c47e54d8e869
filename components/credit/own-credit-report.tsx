import Link from "next/link";
import type { ReactNode } from "react";
import type { CreditReportPage, CreditViewEntry } from "@/lib/credit/queries";
import { CreditReportBody, CreditViewsTable, SnapshotLinks } from "./credit-report";

// The owner's own 信用报告 in 个人中心 (for a loan application or a 融资需求): the snapshots the institution
// sees, and who viewed them when (PIPL transparency). The pages differ only in where they link and say why.
export function OwnCreditReport({
  page,
  back,
  reportHref,
  basis,
  children,
}: {
  page: CreditReportPage & { number: string; views: CreditViewEntry[] };
  back: { href: string; label: string };
  reportHref: (reportId: string) => string;
  basis: string; // the consent the reports were made under, in a sentence
  children?: ReactNode; // shown above the report (the consent's state)
}) {
  return (
    <div className="space-y-5">
      <p>
        <Link href={back.href} className="tap text-sm text-brand-700 underline">{back.label}</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">信用报告 {page.number}</h1>
      <p className="text-sm text-slate-700">{basis}</p>
      {children}
      <section aria-labelledby="report" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report" className="text-lg font-semibold">报告内容</h2>
        <SnapshotLinks page={page} hrefOf={reportHref} />
        {page.report ? <CreditReportBody report={page.report} /> : <p className="text-sm text-slate-700">暂未生成信用报告。</p>}
      </section>
      <section aria-labelledby="views" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="views" className="mb-3 text-lg font-semibold">查看记录</h2>
        <CreditViewsTable views={page.views} />
      </section>
    </div>
  );
}

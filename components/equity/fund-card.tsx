import Link from "next/link";
import { formatWan } from "@/lib/format";
import type { FundCard as Fund } from "@/lib/equity/queries-public";
import { fundHref } from "@/lib/equity/labels";

export function FundCard({ fund }: { fund: Fund }) {
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby={`fund-${fund.id}`}>
      <h2 id={`fund-${fund.id}`} className="text-lg font-semibold text-slate-900">
        <Link href={fundHref(fund.id)} className="hover:text-brand-700 hover:underline">{fund.name}</Link>
      </h2>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-sm text-slate-700 sm:grid-cols-3">
        <div><dt className="inline">成立时间：</dt><dd className="inline">{fund.foundedOn ?? "—"}</dd></div>
        <div><dt className="inline">管理规模：</dt><dd className="inline">{fund.managedScale ? `${formatWan(fund.managedScale)}万元` : "—"}</dd></div>
        <div><dt className="inline">投资领域：</dt><dd className="inline">{fund.investmentFields.join("、") || "—"}</dd></div>
      </dl>
      {fund.description ? <p className="mt-2 line-clamp-2 text-slate-700">{fund.description}</p> : null}
      <p className="mt-3">
        <Link href={fundHref(fund.id)} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">查看详情</Link>
      </p>
    </article>
  );
}

import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState, FilterLinks, Notice } from "@/components/applications/filter-links";
import { DemandTable } from "@/components/demands/demand-table";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { FIRST_LOAN_OPTIONS, filtersHref, firstLoanParam, parseDemandFilters, parseFirstLoan } from "@/lib/demands/filters";
import { DEMAND_STATUS_OPTIONS, orgDemandHref } from "@/lib/demands/labels";
import { listOrgDemands } from "@/lib/demands/queries";
import { REGIONS } from "@/lib/reference";

export const metadata: Metadata = { title: "融资需求" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 机构工作台 → 融资需求: demands addressed to this institution (and 不限 ones for banks), newest first.
export default async function OrgDemandsPage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  await connection();
  const sp = await searchParams;
  const f = parseDemandFilters(sp);
  const data = await listOrgDemands(actor, { ...f, page: parsePage(sp.page) });
  const href = (patch: Partial<typeof f>) => filtersHref("/org/demands", { ...f, ...patch });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">融资需求</h1>
      {sp.done === "declined" ? <Notice>已反馈无法满足，该需求已交回平台，由其他金融机构继续对接。</Notice> : null}
      <p className="text-sm text-slate-700">接单前联系方式为脱敏显示；接单后可查看完整联系方式并与客户联系。</p>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <FilterLinks label="需求状态" options={DEMAND_STATUS_OPTIONS} current={f.status} hrefFor={(s) => href({ status: s as typeof f.status })} />
        <FilterLinks label="首贷" options={FIRST_LOAN_OPTIONS} current={firstLoanParam(f.firstLoan)} hrefFor={(v) => href({ firstLoan: parseFirstLoan(v) })} />
        <FilterLinks label="所属区域" options={REGIONS} current={f.region} hrefFor={(r) => href({ region: r as typeof f.region })} />
      </div>
      <p className="text-sm text-slate-700">
        {data.capped ? `超过 ${data.total} 条需求，列出最新的 ${data.total} 条；请用上方筛选缩小范围` : `共 ${data.total} 条需求`}
      </p>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的融资需求" />
      ) : (
        <DemandTable rows={data.items} caption="融资需求列表" hrefFor={(r) => orgDemandHref(r.id)} now={new Date()} />
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => filtersHref("/org/demands", { ...f }, p)} label="融资需求分页" />
    </div>
  );
}

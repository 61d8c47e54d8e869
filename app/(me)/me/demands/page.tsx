import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { DemandTable } from "@/components/demands/demand-table";
import { EmptyState, FilterLinks, Notice } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { DEMAND_PATH, FIRST_LOAN_DEMAND_PATH } from "@/lib/catalogue/url";
import { parsePage } from "@/lib/db/paginate";
import { DEMAND_STATUS_LABELS, DEMAND_STATUS_OPTIONS, demandHref, parseDemandStatus } from "@/lib/demands/labels";
import { listMyDemands } from "@/lib/demands/queries";

export const metadata: Metadata = { title: "需求管理" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(status: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/me/demands${query ? `?${query}` : ""}`;
}

// 需求管理 → 我的需求 (manual 2.7): every demand of the user, newest first, with its status and the
// institution that took it up; 发布需求 and 发布首贷需求 lead to the form.
export default async function MyDemandsPage({ searchParams }: Props) {
  const actor = await requireActor();
  await connection();
  const sp = await searchParams;
  const status = parseDemandStatus(sp.status);
  const data = await listMyDemands(actor, { status, page: parsePage(sp.page) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">需求管理</h1>
        <div className="flex flex-wrap gap-2">
          <Link href={DEMAND_PATH} className="btn-primary">发布需求</Link>
          {actor.role === "ENTERPRISE" ? <Link href={FIRST_LOAN_DEMAND_PATH} className="btn-outline">发布首贷需求</Link> : null}
        </div>
      </div>
      {sp.done === "withdrawn" ? <Notice>需求已撤回。</Notice> : null}
      <h2 className="text-lg font-semibold">我的需求</h2>
      <FilterLinks label="需求状态" options={DEMAND_STATUS_OPTIONS} current={status} hrefFor={(s) => href(s)} />
      <p className="text-sm text-slate-700" aria-live="polite">共 {data.total} 条需求</p>
      {data.total === 0 ? (
        <EmptyState title={status ? `没有“${DEMAND_STATUS_LABELS[status]}”的需求` : "您还没有发布过需求"}>
          <p>发布融资需求后，金融机构会主动与您联系对接。</p>
        </EmptyState>
      ) : (
        <DemandTable rows={data.items} caption="我的需求" hrefFor={(r) => demandHref(r.id)} now={new Date()} />
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(status, p)} label="我的需求分页" />
    </div>
  );
}

import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState } from "@/components/applications/filter-links";
import { AdminDemandFilters } from "@/components/demands/admin-demand-filters";
import { DemandTable } from "@/components/demands/demand-table";
import { ActionButton } from "@/components/ui/action-button";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { parsePage } from "@/lib/db/paginate";
import { remindOverdueDemands } from "@/lib/demands/actions";
import { filtersHref, parseAdminDemandFilters } from "@/lib/demands/filters";
import { DEMAND_STATUS_OPTIONS, OVERDUE_LABEL, adminDemandHref } from "@/lib/demands/labels";
import { listDemandsForAdmin } from "@/lib/demands/queries-admin";

export const metadata: Metadata = { title: "需求总览" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 需求总览: every demand with filters (status, institution, district, 首贷, 超时) and counts; 发送超时提醒
// runs the deadline job (also `npm run demands:remind`).
export default async function AdminDemandsPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const f = parseAdminDemandFilters(await searchParams);
  const page = parsePage((await searchParams).page);
  const now = new Date();
  const [data, institutions] = await Promise.all([
    listDemandsForAdmin(actor, { ...f, page }, now),
    db.institution.findMany({ where: { type: "BANK" }, select: { id: true, name: true }, orderBy: [{ sortWeight: "desc" }, { name: "asc" }] }),
  ]);
  const counts = [
    { label: "全部", value: data.counts.total },
    ...DEMAND_STATUS_OPTIONS.map((o) => ({ label: o.label, value: data.counts.byStatus[o.value] })),
    { label: OVERDUE_LABEL, value: data.counts.overdue },
    { label: "首贷需求", value: data.counts.firstLoan },
  ];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">需求总览</h1>
        <ActionButton action={remindOverdueDemands} name="remind-overdue" pendingText="处理中…">发送超时提醒</ActionButton>
      </div>
      <AdminDemandFilters current={f} institutions={institutions} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7" aria-label="需求统计">
        {counts.map((c) => (
          <div key={c.label} className="rounded-lg border border-slate-200 bg-white p-3">
            <dt className="text-sm text-slate-600">{c.label}</dt>
            <dd className="text-xl font-semibold text-slate-900">{c.value}</dd>
          </div>
        ))}
      </dl>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的需求" />
      ) : (
        <DemandTable
          rows={data.items}
          caption="需求总览"
          hrefFor={(r) => adminDemandHref(r.id)}
          now={now}
          extra={{ heading: "发布人", cell: (r) => r.enterpriseName ?? r.realName }}
        />
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => filtersHref("/admin/demands", { ...f, institution: f.institutionId, institutionId: undefined }, p)} label="需求总览分页" />
    </div>
  );
}

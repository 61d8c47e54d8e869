import type { Metadata } from "next";
import { ApplicationTable } from "@/components/applications/application-table";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { KIND_LABELS } from "@/lib/applications/records";
import { requireActor } from "@/lib/auth/current";
import { parseStatus } from "@/lib/applications/queries";
import { listOrgApplications, parseKind } from "@/lib/applications/queries-org";
import { parsePage } from "@/lib/db/paginate";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";

export const metadata: Metadata = { title: "申请管理" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_OPTIONS = Object.entries(APPLICATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));
const KIND_OPTIONS = Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }));

function href(filters: { status?: string; kind?: string }, page = 1) {
  const params = new URLSearchParams();
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.status) params.set("status", filters.status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/org/applications${query ? `?${query}` : ""}`;
}

// What was sent to this institution (and open 续贷 it may take), filtered by status and kind.
export default async function OrgApplicationsPage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const sp = await searchParams;
  const status = parseStatus(sp.status);
  const kind = parseKind(sp.kind);
  const data = await listOrgApplications(actor, { status, kind, page: parsePage(sp.page) });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">申请管理</h1>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <FilterLinks label="申请类别" options={KIND_OPTIONS} current={kind} hrefFor={(k) => href({ status, kind: k })} />
        <FilterLinks label="申贷状态" options={STATUS_OPTIONS} current={status} hrefFor={(s) => href({ status: s, kind })} />
      </div>
      <p className="text-sm text-slate-700">共 {data.total} 条申请</p>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的申请" />
      ) : (
        <ApplicationTable rows={data.items} variant="institution" caption="申请列表" hrefFor={(r) => `/org/applications/${r.id}`} />
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href({ status, kind }, p)} label="申请列表分页" />
    </div>
  );
}

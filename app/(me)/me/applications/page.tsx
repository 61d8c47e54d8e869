import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationTable } from "@/components/applications/application-table";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { listMyApplications, parseStatus } from "@/lib/applications/queries";
import { parsePage } from "@/lib/db/paginate";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";

export const metadata: Metadata = { title: "申请记录" };

const STATUS_OPTIONS = Object.entries(APPLICATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(status: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/me/applications${query ? `?${query}` : ""}`;
}

// 申请记录 (manual 2.4): every application of the user, newest first, with a status filter.
export default async function MyApplicationsPage({ searchParams }: Props) {
  const actor = await requireActor();
  const sp = await searchParams;
  const status = parseStatus(sp.status);
  const data = await listMyApplications(actor, { status, page: parsePage(sp.page) });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">申请记录</h1>
      <FilterLinks label="申贷状态" options={STATUS_OPTIONS} current={status} hrefFor={(s) => href(s)} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-slate-700" aria-live="polite">
          共 {data.total} 条记录
        </p>
        {data.total > 0 ? (
          // A file download, not a page: a plain link (the route checks the session).
          <a href="/me/applications/export.xlsx" download className="btn-outline print:hidden">
            导出 Excel
          </a>
        ) : null}
      </div>
      {data.total === 0 ? (
        <EmptyState title={status ? `没有“${APPLICATION_STATUS_LABELS[status]}”的申请` : "您还没有申请记录"}>
          <p>
            可以到 <Link href="/products" className="text-brand-700 underline">金融超市</Link> 选择合适的产品后点击“立即申请”。
          </p>
        </EmptyState>
      ) : (
        <ApplicationTable rows={data.items} caption="申请记录" hrefFor={(r) => `/me/applications/${r.id}`} />
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(status, p)} label="申请记录分页" />
    </div>
  );
}

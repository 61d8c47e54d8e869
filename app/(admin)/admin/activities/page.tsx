import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { AdminActivityTable } from "@/components/activities/admin/admin-activity-table";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { listAdminActivities, parsePublishStatus } from "@/lib/activities/queries-admin";
import { PUBLISH_STATUS_LABELS } from "@/lib/activities/status";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";

export const metadata: Metadata = { title: "金融活动" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_OPTIONS = Object.entries(PUBLISH_STATUS_LABELS).map(([value, label]) => ({ value, label }));

function href(status: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/admin/activities${query ? `?${query}` : ""}`;
}

// Every activity, whatever its status, newest first.
export default async function AdminActivitiesPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const status = parsePublishStatus(sp.status);
  const data = await listAdminActivities(actor, { status, page: parsePage(sp.page) });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">金融活动</h1>
        <Link href="/admin/activities/new" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 text-white hover:bg-brand-800">
          新建活动
        </Link>
      </div>
      <FilterLinks label="发布状态" options={STATUS_OPTIONS} current={status} hrefFor={(s) => href(s)} />
      <p className="text-sm text-slate-700">共 {data.total} 个活动</p>
      {data.total === 0 ? <EmptyState title="没有符合条件的活动" /> : <AdminActivityTable rows={data.items} now={new Date()} />}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(status, p)} label="活动列表分页" />
    </div>
  );
}

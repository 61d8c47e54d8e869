import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { formatDateTime } from "@/components/applications/format";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { PROJECT_STATUS } from "@/lib/equity/labels";
import { listAdminProjects } from "@/lib/equity/queries";
import type { EquityProjectStatus } from "@/lib/generated/prisma/enums";
import { formatWan } from "@/lib/format";

export const metadata: Metadata = { title: "股权项目审核" };

type Props = { searchParams: Promise<{ status?: string; page?: string }> };
const STATUSES = (Object.keys(PROJECT_STATUS) as EquityProjectStatus[]).map((s) => ({ value: s, label: PROJECT_STATUS[s] }));

function href(status: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return `/admin/equity${q ? `?${q}` : ""}`;
}

// 股权项目审核 (金融办): every project, 待审核 first by the filter.
export default async function AdminEquityPage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const status = STATUSES.some((s) => s.value === sp.status) ? (sp.status as EquityProjectStatus) : undefined;
  const data = await listAdminProjects(actor, { status, page: parsePage(sp.page) });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">股权项目审核</h1>
      <FilterLinks label="状态" options={STATUSES} current={status} hrefFor={(s) => href(s)} />
      {data.total === 0 ? (
        <EmptyState title="暂无股权项目" />
      ) : (
        <ul className="space-y-3">
          {data.items.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold text-slate-900">
                <Link href={`/admin/equity/${p.id}`} className="underline underline-offset-2">{p.name}</Link>
                <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm font-normal">{PROJECT_STATUS[p.status]}</span>
              </p>
              <p className="text-sm text-slate-700">{p.enterpriseName} · 拟融资{formatWan(p.amount.toString())}万元 · 提交于 {formatDateTime(p.createdAt)}</p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(status, p)} label="项目分页" />
    </div>
  );
}

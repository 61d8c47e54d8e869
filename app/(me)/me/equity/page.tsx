import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/applications/filter-links";
import { formatDateTime } from "@/components/applications/format";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { myProjectHref, PROJECT_STATUS } from "@/lib/equity/labels";
import { NOT_ENTERPRISE } from "@/lib/equity/projects";
import { listMyProjects } from "@/lib/equity/queries";
import { formatWan } from "@/lib/format";

export const metadata: Metadata = { title: "股权融资管理" };

type Props = { searchParams: Promise<{ page?: string }> };

// 股权融资管理 → 我的股权融资: the user's projects, their status and review comment.
export default async function MyEquityPage({ searchParams }: Props) {
  const actor = await requireActor("/me/equity");
  const sp = await searchParams;
  const data = await listMyProjects(actor, parsePage(sp.page));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">股权融资管理</h1>
        {actor.role === "ENTERPRISE" ? (
          <Link href="/me/equity/new" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800">发布股权融资</Link>
        ) : null}
      </div>
      {actor.role !== "ENTERPRISE" ? <p className="rounded border border-orange-300 bg-orange-50 px-4 py-3 text-orange-900">{NOT_ENTERPRISE}</p> : null}
      <h2 className="text-lg font-semibold text-slate-900">我的股权融资</h2>
      {data.total === 0 ? (
        <EmptyState title="暂无股权融资项目"><p>发布后经金融办审核通过，将在股权融资页面公开展示。</p></EmptyState>
      ) : (
        <ul className="space-y-3">
          {data.items.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="font-semibold text-slate-900">
                <Link href={myProjectHref(p.id)} className="underline underline-offset-2">{p.name}</Link>
                <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-sm font-normal">{PROJECT_STATUS[p.status]}</span>
              </p>
              <p className="text-sm text-slate-700">拟融资金额：{formatWan(p.amount.toString())}万元 · 收到约谈 {p._count.meetingRequests} 个 · 提交于 {formatDateTime(p.createdAt)}</p>
              {p.reviewComment ? <p className="text-sm text-slate-700">审核意见：{p.reviewComment}</p> : null}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => `/me/equity${p > 1 ? `?page=${p}` : ""}`} label="项目分页" />
    </div>
  );
}

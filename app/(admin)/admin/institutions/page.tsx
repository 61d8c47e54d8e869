import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { EmptyState } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { INSTITUTION_TYPES, labelOf } from "@/lib/reference";
import { listInstitutions } from "@/lib/supervision/queries";

export const metadata: Metadata = { title: "机构管理" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS: Record<string, string> = { DRAFT: "未发布", PUBLISHED: "已发布", ARCHIVED: "已下架" };

// 机构管理: every institution whatever its status, newest first, searchable by name.
export default async function AdminInstitutionsPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 60) : "";
  const data = await listInstitutions(actor, { page: parsePage(sp.page), q: q || undefined });
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (page > 1) params.set("page", String(page));
    return `/admin/institutions${params.size ? `?${params}` : ""}`;
  };
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">机构管理</h1>
        <Link href="/admin/institutions/new" className="inline-flex min-h-11 items-center rounded bg-brand-700 px-5 text-white hover:bg-brand-800">
          新增机构
        </Link>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-col text-sm text-slate-800">
          机构名称
          <input name="q" defaultValue={q} maxLength={60} className="mt-1 min-h-11 rounded border border-slate-400 px-3" />
        </label>
        <button type="submit" className="min-h-11 rounded border border-brand-700 px-4 text-brand-700">搜索</button>
      </form>
      <p className="text-sm text-slate-700">共 {data.total} 家机构</p>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的机构" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="机构列表">
          <table className="min-w-full text-sm">
            <caption className="sr-only">机构列表</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>机构名称</th>
                <th scope="col" className={th}>机构类型</th>
                <th scope="col" className={th}>人员</th>
                <th scope="col" className={th}>产品</th>
                <th scope="col" className={th}>状态</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((i) => (
                <tr key={i.id}>
                  <td className="min-w-56 px-3 py-2">
                    <Link href={`/admin/institutions/${i.id}`} className="tap text-brand-700 underline underline-offset-2">{i.name}</Link>
                  </td>
                  <td className={td}>{labelOf(INSTITUTION_TYPES, i.type)}</td>
                  <td className={td}>{i._count.staff}</td>
                  <td className={td}>{i._count.products}</td>
                  <td className={td}>{STATUS[i.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="机构列表分页" />
    </div>
  );
}

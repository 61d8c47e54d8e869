import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmptyState } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { listGovDataRequests, parseRequestLogFilter } from "@/lib/credit/request-log";
import { parsePage } from "@/lib/db/paginate";
import { formatDateTime } from "@/lib/format";
import { GOV_SOURCE_KINDS, GOV_SOURCE_LABELS } from "@/lib/services/gov-data/types";

export const metadata: Metadata = { title: "政务数据查询日志" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 政务数据查询日志: every request a 信用报告 sent to a government source, with the authorisation it carried.
export default async function AdminGovDataLogPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const filter = parseRequestLogFilter(sp);
  const data = await listGovDataRequests(actor, filter, parsePage(sp.page));
  if (!data) notFound();
  const href = (page: number) => {
    const q = new URLSearchParams();
    if (filter.source) q.set("source", filter.source);
    if (filter.from) q.set("from", filter.from);
    if (filter.to) q.set("to", filter.to);
    if (page > 1) q.set("page", String(page));
    return `/admin/gov-data${q.size ? `?${q}` : ""}`;
  };
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  const input = "mt-1 min-h-11 rounded border border-slate-400 px-3";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">政务数据查询日志</h1>
      <p className="text-sm text-slate-700">生成信用报告时向各政务数据源发出的每一次查询，及其携带的授权编号；日志不可修改。</p>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="筛选查询日志">
        <label className="flex flex-col text-sm text-slate-800">
          数据源
          <select name="source" defaultValue={filter.source ?? ""} className={input}>
            <option value="">全部</option>
            {GOV_SOURCE_KINDS.map((k) => (
              <option key={k} value={k}>{GOV_SOURCE_LABELS[k]}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm text-slate-800">
          开始日期
          <input name="from" type="date" defaultValue={filter.from ?? ""} className={input} />
        </label>
        <label className="flex flex-col text-sm text-slate-800">
          结束日期
          <input name="to" type="date" defaultValue={filter.to ?? ""} className={input} />
        </label>
        <button type="submit" className="min-h-11 rounded border border-brand-700 px-4 text-brand-700">筛选</button>
      </form>
      <p className="text-sm text-slate-700">共 {data.total} 条记录</p>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的记录" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="政务数据查询日志">
          <table className="min-w-full text-sm">
            <caption className="sr-only">政务数据查询日志</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>时间</th>
                <th scope="col" className={th}>数据源</th>
                <th scope="col" className={th}>用途</th>
                <th scope="col" className={th}>授权编号</th>
                <th scope="col" className={th}>查询机构</th>
                <th scope="col" className={th}>结果</th>
                <th scope="col" className={th}>耗时</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className={td}>{formatDateTime(r.createdAt)}</td>
                  <td className={td}>{r.source}</td>
                  <td className={td}>{r.purpose}（{r.subject}）</td>
                  <td className="break-all px-3 py-2 text-xs text-slate-900"><code>{r.authorizationRef}</code></td>
                  <td className={td}>{r.institution}</td>
                  <td className={td}>{r.outcome}{r.error ? <span className="block max-w-xs whitespace-normal break-all text-xs text-slate-600">{r.error}</span> : null}</td>
                  <td className={td}>{r.durationMs} ms</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="查询日志分页" />
    </div>
  );
}

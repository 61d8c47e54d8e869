import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState } from "@/components/applications/filter-links";
import { AuditActorForm } from "@/components/supervision/audit-actor-form";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { formatDateTime } from "@/lib/format";
import { AUDIT_EXPORT_LIMIT } from "@/lib/supervision/audit-export";
import { findAuditActor } from "@/lib/supervision/actions";
import { auditActorLabel, auditQuery, listAudit, parseAuditFilter } from "@/lib/supervision/audit-queries";

export const metadata: Metadata = { title: "审计日志" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ACTIONS = [
  { value: "", label: "全部" },
  { value: "auth.", label: "登录与退出" },
  { value: "auth.login.failure", label: "登录失败" },
  { value: "auth.lockout", label: "账号锁定" },
  { value: "certification.", label: "认证" },
  { value: "application.", label: "贷款申请" },
  { value: "file.", label: "文件下载" },
  { value: "institution.", label: "机构管理" },
  { value: "staff.", label: "机构人员" },
  { value: "account.", label: "账号" },
  { value: "product.", label: "产品" },
  { value: "audit.", label: "审计日志导出" },
];

// 审计日志: who did what, when, from where. Read-only; phones masked; 导出 Excel of the filtered rows (audited).
// 操作人 is chosen by phone through a posted form (AuditActorForm) and kept in the URL as the account's id only:
// no phone number reaches a URL (the filter, the pagination, the export link).
export default async function AdminAuditPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const filter = parseAuditFilter(sp);
  const [data, selected] = await Promise.all([listAudit(actor, filter, parsePage(sp.page)), filter.actorId ? auditActorLabel(actor, filter.actorId) : null]);
  const withoutActor = `/admin/audit${auditQuery({ ...filter, actorId: undefined })}`;
  const href = (page: number) => `/admin/audit${auditQuery(filter, page)}`;
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  const input = "mt-1 min-h-11 rounded border border-slate-400 px-3";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">审计日志</h1>
      <AuditActorForm key={auditQuery(filter)} action={findAuditActor} filter={filter} />
      {filter.actorId ? (
        <p className="flex flex-wrap items-center gap-3 text-sm text-slate-800" role="status">
          <span>
            当前操作人：{selected ? `${selected.name ?? ""} ${selected.phone}`.trim() : "（账号不存在）"}
          </span>
          <a href={withoutActor} className="inline-flex min-h-11 items-center text-brand-700 underline">
            清除操作人
          </a>
        </p>
      ) : null}
      {/* The other filters stay a GET form (bookmarkable); the chosen 操作人 rides along by id. */}
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="筛选审计日志">
        {filter.actorId ? <input type="hidden" name="actor" value={filter.actorId} /> : null}
        <label className="flex flex-col text-sm text-slate-800">
          操作类型
          <select name="action" defaultValue={filter.action ?? ""} className={input}>
            {ACTIONS.map((a) => (
              <option key={a.value} value={a.value}>{a.label}</option>
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
      <div className="flex flex-wrap items-center gap-3">
        <p className="text-sm text-slate-700">共 {data.total} 条记录</p>
        {data.total > 0 ? (
          <a href={`/admin/audit/export.xlsx${auditQuery(filter)}`} download className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 text-brand-700">
            导出 Excel
          </a>
        ) : null}
        <p className="text-sm text-slate-600">导出当前筛选条件下的记录，最多 {AUDIT_EXPORT_LIMIT.toLocaleString("zh-CN")} 条（最新的在前），手机号已脱敏；每次导出均记入审计日志。</p>
      </div>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的记录" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="审计日志">
          <table className="min-w-full text-sm">
            <caption className="sr-only">审计日志</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>时间</th>
                <th scope="col" className={th}>操作人</th>
                <th scope="col" className={th}>操作</th>
                <th scope="col" className={th}>对象</th>
                <th scope="col" className={th}>IP</th>
                <th scope="col" className={th}>详情</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((r) => (
                <tr key={r.id} className="align-top">
                  <td className={td}>{formatDateTime(r.createdAt)}</td>
                  <td className={td}>{r.actor ? `${r.actor.name ?? ""} ${r.actor.phone}` : "—"}</td>
                  <td className={td}><code>{r.action}</code></td>
                  <td className={td}>{r.targetType ? `${r.targetType} ${r.targetId ?? ""}` : "—"}</td>
                  <td className={td}>{r.ip ?? "—"}</td>
                  <td className="max-w-md break-all px-3 py-2 text-xs text-slate-700">{r.detail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="审计日志分页" />
    </div>
  );
}

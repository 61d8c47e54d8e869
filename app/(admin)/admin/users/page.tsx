import type { Metadata } from "next";
import { connection } from "next/server";
import { EmptyState, Notice } from "@/components/applications/filter-links";
import { DisableAccountForm } from "@/components/supervision/disable-account-form";
import { ActionButton } from "@/components/ui/action-button";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { formatDateTime } from "@/lib/format";
import { disableAccount, enableAccount } from "@/lib/supervision/actions";
import { searchUsers } from "@/lib/supervision/queries";

export const metadata: Metadata = { title: "用户管理" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const ROLE: Record<string, string> = { PERSONAL: "个人用户", ENTERPRISE: "企业用户", STAFF: "机构人员" };
const DONE: Record<string, string> = { disabled: "账号已停用，其登录已全部失效。", enabled: "账号已启用。" };

// 用户管理: search by phone or name (shown masked), 停用 with a reason / 启用. No password or code is shown.
export default async function AdminUsersPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 30) : "";
  const data = await searchUsers(actor, { q: q || undefined, page: parsePage(sp.page) });
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const href = (page: number) => {
    const params = new URLSearchParams();
    if (q) params.set("q", q);
    if (page > 1) params.set("page", String(page));
    return `/admin/users${params.size ? `?${params}` : ""}`;
  };
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">用户管理</h1>
      {done ? <Notice>{done}</Notice> : null}
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label className="flex flex-col text-sm text-slate-800">
          手机号或姓名
          <input name="q" defaultValue={q} maxLength={30} className="mt-1 min-h-11 rounded border border-slate-400 px-3" />
        </label>
        <button type="submit" className="min-h-11 rounded border border-brand-700 px-4 text-brand-700">搜索</button>
      </form>
      <p className="text-sm text-slate-700">共 {data.total} 个账号（手机号和姓名已脱敏）</p>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的账号" />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="用户列表">
          <table className="min-w-full text-sm">
            <caption className="sr-only">用户列表</caption>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>手机号</th>
                <th scope="col" className={th}>姓名</th>
                <th scope="col" className={th}>类型</th>
                <th scope="col" className={th}>注册时间</th>
                <th scope="col" className={th}>状态</th>
                <th scope="col" className={th}>操作</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.items.map((u) => (
                <tr key={u.id} className="align-top">
                  <td className={td}>{u.phone}</td>
                  <td className={td}>{u.name ?? "—"}</td>
                  <td className={td}>{ROLE[u.role]}{u.institution ? `（${u.institution.name}）` : ""}</td>
                  <td className={td}>{formatDateTime(u.createdAt)}</td>
                  <td className={td}>{u.status === "DISABLED" ? `已停用（${u.disabledReason ?? ""}）` : "正常"}</td>
                  <td className="px-3 py-2">
                    {u.status === "DISABLED" ? (
                      <ActionButton action={enableAccount.bind(null, u.id)} name={`enable-${u.id}`} pendingText="处理中…" buttonClassName="min-h-11 text-brand-700 underline">
                        启用<span className="sr-only">：{u.phone}</span>
                      </ActionButton>
                    ) : (
                      <DisableAccountForm userId={u.id} label={u.phone} action={disableAccount.bind(null, u.id)} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={href} label="用户列表分页" />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { EmptyState, Notice } from "@/components/applications/filter-links";
import { DisableAccountForm } from "@/components/supervision/disable-account-form";
import { InstitutionForm } from "@/components/supervision/institution-form";
import { StaffForm } from "@/components/supervision/staff-form";
import { ActionButton } from "@/components/ui/action-button";
import { ConfirmForm } from "@/components/ui/confirm-form";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { formatDateTime } from "@/lib/format";
import { addStaff, changeInstitutionPublication, disableAccount, editInstitution, enableAccount, resetStaff } from "@/lib/supervision/actions";
import { getInstitutionForAdmin, institutionFormValues } from "@/lib/supervision/queries";

export const metadata: Metadata = { title: "机构详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  created: "机构已保存，当前未发布。添加人员后即可发布。",
  updated: "机构信息已保存，公开页面已更新。",
  published: "机构已发布，其已发布的产品在金融超市中可见。",
  unpublished: "机构已下架：其产品已从所有公开页面消失，不能再申请。",
  "staff-created": "机构人员已添加，临时密码已通过短信发送。",
  "staff-reset": "密码已重置，新的临时密码已通过短信发送，该账号的登录已全部失效。",
  disabled: "账号已停用，其登录已全部失效。",
  enabled: "账号已启用。",
};
const STATUS: Record<string, string> = { DRAFT: "未发布", PUBLISHED: "已发布", ARCHIVED: "已下架" };
const ROLE: Record<string, string> = { MANAGER: "管理员", CLERK: "业务员" };

// One institution in 机构管理: edit, 发布 / 下架, and its staff accounts (新增, 重置密码, 停用 / 启用).
export default async function AdminInstitutionPage({ params, searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const found = id ? await getInstitutionForAdmin(actor, id) : null;
  if (!found) notFound();
  const { institution: inst, staff } = found;
  const sp = await searchParams;
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const published = inst.status === "PUBLISHED";
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  return (
    <div className="space-y-5">
      <p><Link href="/admin/institutions" className="text-sm text-brand-700 underline">返回机构列表</Link></p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-brand-800">{inst.name}</h1>
        <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{STATUS[inst.status]}</span>
      </div>
      {done ? <Notice>{done}</Notice> : null}
      <section aria-labelledby="publication" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="publication" className="text-lg font-semibold">发布状态</h2>
        <p className="text-sm text-slate-700">
          {published ? "下架后，该机构及其全部产品将立即从公开页面消失，用户不能再申请其产品。" : "发布后，该机构及其已发布的产品将出现在公开页面。"}
        </p>
        <div className="flex flex-wrap items-center gap-3">
          {published ? (
            <ConfirmForm
              name="institution-publication"
              summary="下架机构"
              text={<>确定要下架 <strong>{inst.name}</strong> 吗？其全部产品将立即从金融超市、产品详情和搜索中消失，用户不能再申请或咨询；可再次发布恢复。</>}
              checkboxLabel="我确认下架该机构"
              submitLabel="确认下架"
              message="请确认下架该机构"
              action={changeInstitutionPublication.bind(null, inst.id, "unpublish")}
            />
          ) : (
            <ActionButton action={changeInstitutionPublication.bind(null, inst.id, "publish")} name="institution-publication" pendingText="处理中…">
              发布机构
            </ActionButton>
          )}
          {published ? <Link href="/institutions" className="text-brand-700 underline">查看公开页面</Link> : null}
        </div>
      </section>

      <section id="staff" aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-lg font-semibold">机构人员</h2>
        {staff.length === 0 ? (
          <EmptyState title="该机构还没有人员账号" />
        ) : (
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="机构人员">
            <table className="min-w-full text-sm">
              <caption className="sr-only">机构人员</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={th}>姓名</th>
                  <th scope="col" className={th}>手机号</th>
                  <th scope="col" className={th}>角色</th>
                  <th scope="col" className={th}>状态</th>
                  <th scope="col" className={th}>最近登录</th>
                  <th scope="col" className={th}>操作</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {staff.map((s) => (
                  <tr key={s.id} className="align-top">
                    <td className={td}>{s.name}</td>
                    <td className={td}>{s.phone}</td>
                    <td className={td}>{s.staffRole ? ROLE[s.staffRole] : "—"}</td>
                    <td className={td}>
                      {s.status === "DISABLED" ? `已停用（${s.disabledReason ?? ""}）` : s.mustChangePassword ? "待首次登录设置密码" : "正常"}
                    </td>
                    <td className={td}>{s.lastLoginAt ? formatDateTime(s.lastLoginAt) : "—"}</td>
                    <td className="space-y-1 px-3 py-2">
                      <ConfirmForm
                        compact
                        name={`reset-${s.id}`}
                        summary="重置密码"
                        srLabel={s.name ?? s.phone}
                        text="重置后原密码立即失效，该账号的登录全部退出，新的临时密码将通过短信发送给本人。"
                        checkboxLabel="我确认重置该账号的密码"
                        submitLabel="确认重置"
                        message="请确认重置该账号的密码"
                        action={resetStaff.bind(null, s.id)}
                      />
                      {s.status === "DISABLED" ? (
                        <ActionButton action={enableAccount.bind(null, s.id)} name={`enable-${s.id}`} pendingText="处理中…" buttonClassName="min-h-11 text-brand-700 underline">
                          启用<span className="sr-only">：{s.name}</span>
                        </ActionButton>
                      ) : (
                        <DisableAccountForm userId={s.id} label={s.name ?? s.phone} action={disableAccount.bind(null, s.id)} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <StaffForm action={addStaff.bind(null, inst.id)} />
      </section>

      <section aria-labelledby="edit" className="space-y-3">
        <h2 id="edit" className="text-lg font-semibold">编辑机构信息</h2>
        <InstitutionForm action={editInstitution.bind(null, inst.id)} defaults={institutionFormValues(inst)} submitLabel="保存修改" />
      </section>
    </div>
  );
}

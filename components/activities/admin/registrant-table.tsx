import { cancelRegistrant } from "@/lib/activities/actions";
import type { Registrant } from "@/lib/activities/queries-admin";
import { REGISTRATION_STATUS_LABELS } from "@/lib/activities/status";
import { formatDateTime } from "@/lib/format";
import { CancelRegistrantForm } from "./cancel-registrant-form";

// The registrant list (phones masked on screen), each active registration with 取消报名.
export function RegistrantTable({ rows }: { rows: Registrant[] }) {
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 align-top text-slate-900";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="报名名单">
      <table className="min-w-full text-sm">
        <caption className="sr-only">报名名单</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>姓名</th>
            <th scope="col" className={th}>手机号</th>
            <th scope="col" className={th}>单位名称</th>
            <th scope="col" className={th}>参加人数</th>
            <th scope="col" className={th}>备注</th>
            <th scope="col" className={th}>报名时间</th>
            <th scope="col" className={th}>状态</th>
            <th scope="col" className={th}>操作</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={td}>{r.name}</td>
              <td className={td}>{r.phone}</td>
              <td className={td}>{r.organization}</td>
              <td className={td}>{r.attendees}人</td>
              <td className="min-w-40 px-3 py-2 align-top text-slate-900">{r.remark ?? "—"}</td>
              <td className={td}>{formatDateTime(r.createdAt)}</td>
              <td className={td}>
                {REGISTRATION_STATUS_LABELS[r.status]}
                {r.status === "CANCELLED" ? <span className="block text-xs text-slate-600">{r.cancelledByOrganizer ? "主办方取消" : "本人取消"}</span> : null}
              </td>
              <td className="px-3 py-2 align-top">
                {r.status === "REGISTERED" ? <CancelRegistrantForm registrationId={r.id} name={r.name} action={cancelRegistrant.bind(null, r.id)} /> : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

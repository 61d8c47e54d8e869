import Link from "next/link";
import type { AdminActivityRow } from "@/lib/activities/queries-admin";
import { activityPhase, PHASE_LABELS, PUBLISH_STATUS_LABELS } from "@/lib/activities/status";
import { formatDateTime } from "@/lib/format";

// 管理后台's list of activities; scrolls sideways on a phone.
export function AdminActivityTable({ rows, now }: { rows: AdminActivityRow[]; now: Date }) {
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label="活动列表">
      <table className="min-w-full text-sm">
        <caption className="sr-only">活动列表</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>活动标题</th>
            <th scope="col" className={th}>开始时间</th>
            <th scope="col" className={th}>报名截止</th>
            <th scope="col" className={th}>已报名/限制人数</th>
            <th scope="col" className={th}>发布状态</th>
            <th scope="col" className={th}>活动状态</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((a) => (
            <tr key={a.id}>
              <td className="min-w-56 px-3 py-2">
                <Link href={`/admin/activities/${a.id}`} className="tap text-brand-700 underline underline-offset-2">
                  {a.title}
                </Link>
              </td>
              <td className={td}>{formatDateTime(a.startAt)}</td>
              <td className={td}>{formatDateTime(a.registrationDeadline)}</td>
              <td className={td}>
                {a.registeredCount}/{a.capacity}
              </td>
              <td className={td}>{PUBLISH_STATUS_LABELS[a.status]}</td>
              <td className={td}>{PHASE_LABELS[activityPhase(a, now)]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

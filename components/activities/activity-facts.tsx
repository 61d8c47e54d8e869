import type { ActivityDetail } from "@/lib/activities/queries-public";
import { placesLeft } from "@/lib/activities/status";
import { formatDateTime } from "@/lib/format";

// What the manual lists for an activity: 报名截止时间, 活动地址, 活动开始时间, 限制人数, 主办方 — and the places left.
export function ActivityFacts({ activity }: { activity: ActivityDetail }) {
  const when = (value: string) => <time dateTime={value}>{formatDateTime(value)}</time>;
  const facts: [string, React.ReactNode][] = [
    ["活动开始时间", when(activity.startAt)],
    ...(activity.endAt ? ([["活动结束时间", when(activity.endAt)]] as [string, React.ReactNode][]) : []),
    ["报名截止时间", when(activity.registrationDeadline)],
    ["活动地址", activity.address],
    ["主办方", activity.organizer],
    ["限制人数", `${activity.capacity}人`],
    ["剩余名额", activity.cancelledAt ? "—" : `${placesLeft(activity)}个（已报名${activity.registeredCount}人）`],
  ];
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
      {facts.map(([label, value]) => (
        <div key={label} className="flex gap-3 border-b border-slate-100 py-1.5">
          <dt className="w-28 shrink-0 text-slate-600">{label}</dt>
          <dd className="min-w-0 break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

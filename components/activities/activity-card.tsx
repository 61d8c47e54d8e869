import Link from "next/link";
import type { ActivityCard as ActivityCardData } from "@/lib/activities/queries-public";
import { activityHref } from "@/lib/activities/url";
import { activityBadges, placesLeft } from "@/lib/activities/status";
import { formatDateTime } from "@/lib/format";
import { CoverImage } from "@/components/ui/cover-image";
import { ActivityBadges } from "./activity-badges";

// One activity in the list: what a person needs to decide whether to open it. The 封面图片 (if any) sits
// beside the text on wide screens, above it on a phone; only the first card's loads at once.
export function ActivityCard({ activity, now, first = false }: { activity: ActivityCardData; now: Date; first?: boolean }) {
  const left = placesLeft(activity);
  return (
    <article
      aria-labelledby={`activity-${activity.id}`}
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${activity.cover ? "grid gap-4 sm:grid-cols-[14rem_1fr]" : ""}`}
    >
      {activity.cover ? <CoverImage cover={activity.cover} eager={first} /> : null}
      <div className="min-w-0">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <h2 id={`activity-${activity.id}`} className="text-lg font-semibold leading-7">
          <Link href={activityHref(activity.id)} className="text-brand-800 hover:underline">
            {activity.title}
          </Link>
        </h2>
        <ActivityBadges badges={activityBadges(activity, now)} />
      </div>
      <p className="mt-1 leading-7 text-slate-700">{activity.summary}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-1.5 text-[15px] sm:grid-cols-2">
        <Fact label="开始时间">
          <time dateTime={activity.startAt}>{formatDateTime(activity.startAt)}</time>
        </Fact>
        <Fact label="报名截止">
          <time dateTime={activity.registrationDeadline}>{formatDateTime(activity.registrationDeadline)}</time>
        </Fact>
        <Fact label="活动地址">{activity.address}</Fact>
        <Fact label="主办方">{activity.organizer}</Fact>
        <Fact label="剩余名额">
          {activity.cancelledAt ? "—" : `${left}个（限${activity.capacity}人）`}
        </Fact>
      </dl>
      </div>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-2">
      <dt className="shrink-0 text-slate-600">{label}：</dt>
      <dd className="min-w-0 break-words text-slate-900">{children}</dd>
    </div>
  );
}

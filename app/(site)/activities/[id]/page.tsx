import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ActivityBadges } from "@/components/activities/activity-badges";
import { ActivityBody } from "@/components/activities/activity-body";
import { ActivityFacts } from "@/components/activities/activity-facts";
import { ActivityJsonLd } from "@/components/activities/activity-json-ld";
import { RegistrationPanel } from "@/components/activities/registration-panel";
import { ReadAloud } from "@/components/ui/read-aloud";
import { getPublicActivity } from "@/lib/activities/queries-public";
import { activityCalendarHref, activityHref } from "@/lib/activities/url";
import { activityBadges } from "@/lib/activities/status";
import { parseRouteId } from "@/lib/domain/ids";
import { formatDateTime } from "@/lib/format";
import { CoverImage } from "@/components/ui/cover-image";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseRouteId((await params).id);
  return id ? getPublicActivity(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const activity = await load(params);
  if (!activity) return { title: "活动不存在", robots: { index: false } };
  const description = `${activity.summary} 活动时间：${formatDateTime(activity.startAt)}，活动地址：${activity.address}，主办方：${activity.organizer}。`;
  const url = activityHref(activity.id);
  return { title: activity.title, description, alternates: { canonical: url }, openGraph: { title: activity.title, description, url, type: "website" } };
}

// An activity (manual 2.5): its facts, description and 我要报名. Unknown or unpublished: not found.
export default async function ActivityPage({ params }: Props) {
  await connection(); // badges and the registration panel follow the clock
  const activity = await load(params);
  if (!activity) notFound();
  const now = new Date();
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6 sm:py-8">
      <ActivityJsonLd activity={activity} />
      <nav aria-label="当前位置" className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/activities" className="text-brand-700 hover:underline">金融活动</Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page">{activity.title}</li>
        </ol>
      </nav>
      <article aria-labelledby="activity-title" className="space-y-5 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <header className="space-y-3">
          <h1 id="activity-title" data-read className="text-2xl font-bold leading-9 text-slate-900">{activity.title}</h1>
          <ActivityBadges badges={activityBadges(activity, now)} />
          <p data-read className="leading-7 text-slate-700">{activity.summary}</p>
          <ReadAloud />
        </header>
        <CoverImage cover={activity.cover} eager />
        {activity.cancelledAt ? (
          <p role="note" className="rounded border border-red-300 bg-red-50 px-4 py-3 text-red-900">
            该活动已由主办方取消{activity.cancelReason ? `。取消原因：${activity.cancelReason}` : "。"}
          </p>
        ) : null}
        <div data-read>
          <ActivityFacts activity={activity} />
        </div>
        <p>
          <a href={activityCalendarHref(activity.id)} download className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
            添加到日历（下载 .ics 文件）
          </a>
        </p>
        <section aria-labelledby="description-heading">
          <h2 id="description-heading" className="mb-3 text-lg font-semibold text-slate-900">活动详情</h2>
          <div data-read>
            <ActivityBody html={activity.bodyHtml} />
          </div>
        </section>
      </article>
      <RegistrationPanel activity={activity} now={now} />
    </div>
  );
}

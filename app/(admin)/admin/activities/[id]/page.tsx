import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { ActivityBadges } from "@/components/activities/activity-badges";
import { CancelActivityForm } from "@/components/activities/admin/cancel-activity-form";
import { ExportControls } from "@/components/activities/admin/export-controls";
import { RegistrantTable } from "@/components/activities/admin/registrant-table";
import { EmptyState, FilterLinks, Notice } from "@/components/applications/filter-links";
import { ActionButton } from "@/components/ui/action-button";
import { Pagination } from "@/components/ui/pagination";
import { callOffActivity, changePublication } from "@/lib/activities/actions";
import { parseRegistrationStatus } from "@/lib/activities/queries";
import { getAdminActivity, listRegistrants } from "@/lib/activities/queries-admin";
import { activityBadges, endOf, PUBLISH_STATUS_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/activities/status";
import { activityHref } from "@/lib/activities/url";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";
import { parseRouteId } from "@/lib/domain/ids";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "活动管理" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const DONE: Record<string, string> = {
  created: "活动已保存为草稿，发布后公众即可查看和报名。",
  updated: "活动已保存。",
  published: "活动已发布。",
  unpublished: "活动已下架，公众不再能查看；已有报名保留。",
  cancelled: "活动已取消，所有报名人已收到通知。",
  "registration-cancelled": "已取消该报名，报名人已收到通知。",
};
const STATUS_OPTIONS = Object.entries(REGISTRATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));

// One activity in 管理后台: its figures, 编辑 / 发布 / 下架 / 取消活动, the registrant list and its export.
export default async function AdminActivityPage({ params, searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const found = id ? await getAdminActivity(actor, id) : null;
  if (!found) notFound();
  const { activity: a, figures } = found;
  const sp = await searchParams;
  const status = parseRegistrationStatus(sp.status);
  const registrants = await listRegistrants(actor, a.id, { status, page: parsePage(sp.page) });
  const now = new Date();
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const base = `/admin/activities/${a.id}`;
  const href = (s: string | undefined, page = 1) => {
    const q = new URLSearchParams();
    if (s) q.set("status", s);
    if (page > 1) q.set("page", String(page));
    return `${base}${q.size ? `?${q}` : ""}#registrants`;
  };
  const published = a.status === "PUBLISHED";
  return (
    <div className="space-y-5">
      <p>
        <Link href="/admin/activities" className="text-sm text-brand-700 underline">返回活动列表</Link>
      </p>
      <div className="space-y-2">
        <h1 className="text-2xl font-bold leading-9 text-brand-800">{a.title}</h1>
        <div className="flex flex-wrap items-center gap-3 text-sm text-slate-700">
          <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800">{PUBLISH_STATUS_LABELS[a.status]}</span>
          <ActivityBadges badges={activityBadges(a, now)} />
        </div>
        <p className="text-slate-700">
          {formatDateTime(a.startAt)} · {a.address} · 报名截止 {formatDateTime(a.registrationDeadline)}
        </p>
      </div>
      {done ? <Notice>{done}</Notice> : null}
      {a.cancelledAt ? <Notice tone="warning">该活动已于 {formatDateTime(a.cancelledAt)} 取消。取消原因：{a.cancelReason}</Notice> : null}

      <section aria-labelledby="figures" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="figures" className="mb-3 text-lg font-semibold">报名情况</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
          <Figure label="有效报名" value={`${figures.registrations}条`} />
          <Figure label="参加人数" value={`${figures.attendees}人`} />
          <Figure label="剩余名额" value={a.cancelledAt ? "—" : `${figures.placesLeft}个`} />
          <Figure label="已取消报名" value={`${figures.cancelled}条`} />
        </dl>
        <p className="mt-2 text-sm text-slate-600">限制人数 {a.capacity} 人</p>
      </section>

      <section aria-labelledby="manage" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="manage" className="text-lg font-semibold">管理操作</h2>
        <div className="flex flex-wrap items-center gap-3">
          {a.cancelledAt ? null : (
            <Link href={`${base}/edit`} className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 text-brand-700 hover:bg-brand-50">
              编辑活动
            </Link>
          )}
          <ActionButton action={changePublication.bind(null, a.id, published ? "unpublish" : "publish")} name="publication" pendingText="处理中…">
            {published ? "下架" : "发布"}
          </ActionButton>
          {published ? (
            <Link href={activityHref(a.id)} className="text-brand-700 underline">查看公开页面</Link>
          ) : null}
        </div>
        {!a.cancelledAt && endOf(a) > now.getTime() ? <CancelActivityForm action={callOffActivity.bind(null, a.id)} registrations={figures.registrations} /> : null}
      </section>

      <section id="registrants" aria-labelledby="registrants-heading" className="space-y-3">
        <h2 id="registrants-heading" className="text-lg font-semibold">报名名单</h2>
        <ExportControls activityId={a.id} />
        <FilterLinks label="报名状态" options={STATUS_OPTIONS} current={status} hrefFor={(s) => href(s)} />
        {registrants.total === 0 ? <EmptyState title="暂无报名" /> : <RegistrantTable rows={registrants.items} />}
        <Pagination page={registrants.page} totalPages={registrants.pageCount} hrefFor={(p) => href(status, p)} label="报名名单分页" />
      </section>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded bg-slate-50 p-3">
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="text-xl font-semibold text-brand-800">{value}</dd>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { MyRegistrationItem } from "@/components/activities/my-registration-item";
import { UndoRegistrationForm } from "@/components/activities/undo-registration-form";
import { withdrawRegistration } from "@/lib/activities/actions";
import { undoMinutesLeft, withinUndoWindow } from "@/lib/domain/undo";
import { EmptyState, FilterLinks, Notice } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { listMyRegistrations, parseRegistrationStatus } from "@/lib/activities/queries";
import { REGISTRATION_STATUS_LABELS } from "@/lib/activities/status";
import { requireActor } from "@/lib/auth/current";
import { parsePage } from "@/lib/db/paginate";

export const metadata: Metadata = { title: "我的活动" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const STATUS_OPTIONS = Object.entries(REGISTRATION_STATUS_LABELS).map(([value, label]) => ({ value, label }));
const DONE: Record<string, string> = {
  registered: "报名成功！主办方可能通过您留下的手机号与您联系，活动信息也已发送到消息中心。",
  cancelled: "已取消报名，名额已释放。",
};

function href(status: string | undefined, page = 1) {
  const params = new URLSearchParams();
  if (status) params.set("status", status);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/me/activities${query ? `?${query}` : ""}`;
}

// 我的活动 (manual 2.5): the user's registrations, newest first, with 取消报名 before the deadline.
export default async function MyActivitiesPage({ searchParams }: Props) {
  await connection(); // whether 取消报名 is still possible follows the clock
  const actor = await requireActor();
  const sp = await searchParams;
  const status = parseRegistrationStatus(sp.status);
  const data = await listMyRegistrations(actor, { status, page: parsePage(sp.page) });
  const done = typeof sp.done === "string" ? DONE[sp.done] : undefined;
  const now = new Date();
  // The registration just made (newest first), while it can still be undone with one click.
  const latest = sp.done === "registered" ? data.items[0] : undefined;
  const undo =
    latest && latest.status === "REGISTERED" && withinUndoWindow(latest.createdAt, now) && latest.activity.registrationDeadline > now ? latest : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">我的活动</h1>
      {done ? <Notice>{done}</Notice> : null}
      {undo ? (
        <UndoRegistrationForm title={undo.activity.title} minutesLeft={undoMinutesLeft(undo.createdAt, now)} action={withdrawRegistration.bind(null, undo.id)} />
      ) : null}
      <FilterLinks label="报名状态" options={STATUS_OPTIONS} current={status} hrefFor={(s) => href(s)} />
      <p className="text-sm text-slate-700">共 {data.total} 条报名记录</p>
      {data.total === 0 ? (
        <EmptyState title={status ? `没有“${REGISTRATION_STATUS_LABELS[status]}”的报名` : "您还没有报名任何活动"}>
          <p>
            可以到 <Link href="/activities?phase=ongoing" className="text-brand-700 underline">金融活动</Link> 查看正在进行的活动并报名。
          </p>
        </EmptyState>
      ) : (
        <ul className="space-y-3">
          {data.items.map((r) => (
            <li key={r.id}>
              <MyRegistrationItem registration={r} now={now} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(status, p)} label="我的活动分页" />
    </div>
  );
}

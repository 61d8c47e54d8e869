import Link from "next/link";
import { withdrawRegistration } from "@/lib/activities/actions";
import type { MyRegistration } from "@/lib/activities/queries";
import { activityPhase, PHASE_LABELS, REGISTRATION_STATUS_LABELS } from "@/lib/activities/status";
import { activityHref } from "@/lib/activities/url";
import { PrintButton } from "@/components/ui/print-button";
import { formatDateTime } from "@/lib/format";
import { WithdrawRegistrationForm } from "./withdraw-registration-form";

// One registration in 我的活动: its status, the activity's time and place, and 取消报名 before the deadline.
export function MyRegistrationItem({ registration: r, now }: { registration: MyRegistration; now: Date }) {
  const a = r.activity;
  const phase = activityPhase(a, now);
  const open = r.status === "REGISTERED" && a.registrationDeadline.getTime() > now.getTime();
  const statusNote =
    r.status === "CANCELLED"
      ? r.cancelledByOrganizer
        ? a.cancelledAt ? `主办方已取消活动${a.cancelReason ? `：${a.cancelReason}` : ""}` : "主办方已取消您的报名"
        : "您已取消报名"
      : null;
  return (
    <article id={`registration-${r.id}`} data-printable aria-labelledby={`reg-${r.id}`} className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={`reg-${r.id}`} className="font-semibold leading-7 text-slate-900">
          {a.status === "PUBLISHED" ? (
            <Link href={activityHref(a.id)} className="text-brand-800 underline-offset-2 hover:underline">
              {a.title}
            </Link>
          ) : (
            <>
              {a.title}
              <span className="ml-2 text-sm font-normal text-slate-600">（活动已下架）</span>
            </>
          )}
        </h2>
        <p className="flex gap-2 text-sm">
          <span className={`rounded px-2 py-0.5 ring-1 ring-inset ${r.status === "REGISTERED" ? "bg-green-50 text-green-900 ring-green-300" : "bg-slate-100 text-slate-800 ring-slate-300"}`}>
            {REGISTRATION_STATUS_LABELS[r.status]}
          </span>
          <span className="rounded bg-slate-50 px-2 py-0.5 text-slate-700 ring-1 ring-inset ring-slate-200">{PHASE_LABELS[phase]}</span>
        </p>
      </div>
      <dl className="mt-2 grid gap-x-6 gap-y-1 text-[15px] sm:grid-cols-2">
        <Fact label="活动时间"><time dateTime={a.startAt.toISOString()}>{formatDateTime(a.startAt)}</time></Fact>
        <Fact label="活动地址">{a.address}</Fact>
        <Fact label="参加人数">{r.attendees}人</Fact>
        <Fact label="报名时间"><time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time></Fact>
        <Fact label="报名截止">{formatDateTime(a.registrationDeadline)}</Fact>
        <Fact label="单位名称">{r.organization}</Fact>
      </dl>
      {statusNote ? <p className="mt-2 text-sm text-slate-700">{statusNote}</p> : null}
      {r.status === "REGISTERED" ? (
        <div className="mt-3">
          <PrintButton label="打印报名凭证" only={`registration-${r.id}`} />
        </div>
      ) : null}
      {open ? (
        <div className="mt-3">
          <WithdrawRegistrationForm registrationId={r.id} title={a.title} action={withdrawRegistration.bind(null, r.id)} />
        </div>
      ) : r.status === "REGISTERED" && phase !== "ENDED" ? (
        <p className="mt-2 text-sm text-slate-700">报名已截止，如需取消请联系主办方。</p>
      ) : null}
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

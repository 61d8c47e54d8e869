import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { RegistrationForm } from "@/components/activities/registration-form";
import { RegistrationNotice } from "@/components/activities/registration-notice";
import { submitRegistration } from "@/lib/activities/actions";
import { getMyRegistrationFor, registrationDefaults } from "@/lib/activities/queries";
import { getPublicActivity } from "@/lib/activities/queries-public";
import { activityHref, activityRegisterHref } from "@/lib/activities/url";
import { placesLeft, refusalOf, REFUSALS, registrationWindow } from "@/lib/activities/status";
import { requireActor } from "@/lib/auth/current";
import { isApplicant } from "@/lib/domain/actor";
import { parseRouteId } from "@/lib/domain/ids";
import { formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "活动报名", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

// 我要报名: signed-in users only (visitors log in and come back here). The server action checks
// every rule again, in the database.
export default async function RegisterPage({ params }: Props) {
  await connection();
  const raw = (await params).id;
  const actor = await requireActor(activityRegisterHref(encodeURIComponent(raw)));
  const id = parseRouteId(raw);
  const activity = id ? await getPublicActivity(id) : null;
  if (!activity) notFound();
  const back = { href: activityHref(activity.id), label: "返回活动详情" };
  const mine = isApplicant(actor) ? await getMyRegistrationFor(actor, activity.id) : null;
  const window = registrationWindow(activity, new Date());

  let content: React.ReactNode;
  if (!isApplicant(actor)) {
    content = <RegistrationNotice title="暂不能报名" message={REFUSALS.ACCOUNT} links={[back]} />;
  } else if (mine?.status === "REGISTERED") {
    content = <RegistrationNotice title="您已报名" message={`您已报名本活动（${mine.attendees}人参加），可在“我的活动”中查看或取消报名。`} links={[{ href: "/me/activities", label: "查看我的活动" }, back]} />;
  } else if (window !== "OPEN") {
    content = <RegistrationNotice title="暂不能报名" message={refusalOf(window)} links={[back, { href: "/activities?phase=ongoing", label: "查看其他活动" }]} />;
  } else {
    content = (
      <RegistrationForm action={submitRegistration.bind(null, activity.id)} defaults={await registrationDefaults(actor, activity.id)} placesLeft={placesLeft(activity)} />
    );
  }
  return (
    <div className="mx-auto max-w-3xl space-y-5 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">活动报名</h1>
      <section aria-label="报名的活动" className="rounded-lg border border-slate-200 bg-white p-4">
        <p className="text-lg font-semibold text-slate-900">{activity.title}</p>
        <p className="mt-1 text-slate-700">
          {formatDateTime(activity.startAt)} · {activity.address}
        </p>
        <p className="mt-1 text-sm text-slate-600">报名截止时间：{formatDateTime(activity.registrationDeadline)}</p>
      </section>
      {content}
    </div>
  );
}

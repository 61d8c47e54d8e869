import Link from "next/link";
import type { ActivityDetail } from "@/lib/activities/queries-public";
import { getMyRegistrationFor } from "@/lib/activities/queries";
import { refusalOf, REFUSALS, registrationWindow } from "@/lib/activities/status";
import { activityRegisterHref } from "@/lib/activities/url";
import { currentActor, loginUrlFor } from "@/lib/auth/current";
import { isApplicant } from "@/lib/domain/actor";

const primary = "inline-flex min-h-11 items-center rounded bg-accent-600 px-8 text-base font-medium text-white hover:bg-orange-800";
const secondary = "inline-flex min-h-11 items-center rounded border border-brand-700 px-4 text-brand-700 hover:bg-brand-50";

// 我要报名 on an activity's page, per request: what this visitor or account can do now.
export async function RegistrationPanel({ activity, now }: { activity: ActivityDetail; now: Date }) {
  const registerHref = activityRegisterHref(activity.id);
  const window = registrationWindow(activity, now);
  const actor = await currentActor();
  const mine = actor && isApplicant(actor) ? await getMyRegistrationFor(actor, activity.id) : null;

  let body: React.ReactNode;
  if (mine?.status === "REGISTERED") {
    body = (
      <>
        <p className="font-medium text-green-900">您已报名本活动（{mine.attendees}人参加）。</p>
        <Link href="/me/activities" className={secondary}>查看我的活动</Link>
      </>
    );
  } else if (window !== "OPEN") {
    const why = window === "CANCELLED" && activity.cancelReason ? `${refusalOf(window)}：${activity.cancelReason}` : refusalOf(window);
    body = <p className="font-medium text-slate-900">{why}</p>;
  } else if (!actor) {
    body = (
      <>
        <p className="text-slate-800">登录后即可报名。</p>
        <Link href={await loginUrlFor(registerHref)} className={primary}>我要报名</Link>
      </>
    );
  } else if (!isApplicant(actor)) {
    body = <p className="text-slate-800">{REFUSALS.ACCOUNT}。</p>;
  } else {
    body = (
      <>
        {mine?.status === "CANCELLED" ? <p className="text-slate-800">您曾取消报名，可以重新报名。</p> : null}
        <Link href={registerHref} className={primary}>我要报名</Link>
      </>
    );
  }
  return (
    <section aria-labelledby="registration-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="registration-heading" className="text-lg font-semibold text-slate-900">活动报名</h2>
      <div className="mt-3 flex flex-col items-start gap-3">{body}</div>
    </section>
  );
}

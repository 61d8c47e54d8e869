import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { AcceptMeetingForm, CompleteMeetingForm, DeclineMeetingForm } from "@/components/equity/meeting-decision";
import { MeetingItem } from "@/components/equity/meeting-item";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { acceptMeeting, completeMeeting, declineMeeting } from "@/lib/equity/actions";
import { equityProjectHref } from "@/lib/equity/labels";
import { getOrgMeeting } from "@/lib/equity/queries";

export const metadata: Metadata = { title: "约谈详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };
const DONE: Record<string, string> = { accepted: "已接受约谈，已通知对方。", declined: "已婉拒约谈，已通知对方。", completed: "约谈已标记为已完成，已通知对方。" };

export default async function OrgMeetingPage({ params, searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const id = parseRouteId((await params).id);
  const m = id ? await getOrgMeeting(actor, id) : null;
  if (!m) notFound();
  const { done } = await searchParams;
  // Only a request addressed to this fund is answered here; one it sent is answered by the project.
  const received = m.institutionId === actor.institutionId;
  return (
    <div className="space-y-4">
      <p><Link href="/org/meetings" className="text-brand-700 underline">返回约谈管理</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">约谈详情</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <MeetingItem m={m} showContact={received}>
        {m.project ? <p className="text-sm"><Link href={equityProjectHref(m.project.id)} className="underline">查看项目详情及项目计划书</Link></p> : null}
      </MeetingItem>
      {received && m.status === "PENDING" ? (
        <div className="grid gap-3 lg:grid-cols-2">
          <AcceptMeetingForm action={acceptMeeting.bind(null, m.id)} id={m.id} />
          <DeclineMeetingForm action={declineMeeting.bind(null, m.id)} id={m.id} />
        </div>
      ) : null}
      {received && m.status === "ACCEPTED" ? <CompleteMeetingForm action={completeMeeting.bind(null, m.id)} id={m.id} /> : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { formatDateTime } from "@/components/applications/format";
import { AcceptMeetingForm, CompleteMeetingForm, DeclineMeetingForm } from "@/components/equity/meeting-decision";
import { MeetingItem } from "@/components/equity/meeting-item";
import { ProjectHistory } from "@/components/equity/project-history";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { acceptMeeting, completeMeeting, declineMeeting } from "@/lib/equity/actions";
import { equityProjectHref, PROJECT_STATUS } from "@/lib/equity/labels";
import { getMyProject } from "@/lib/equity/queries";
import { formatWan } from "@/lib/format";

export const metadata: Metadata = { title: "我的股权融资" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = {
  submitted: "项目已提交，金融办审核通过后将公开发布。",
  resubmitted: "项目已重新提交审核。",
  accepted: "已接受约谈，已通知对方。",
  declined: "已婉拒约谈，已通知对方。",
  completed: "约谈已标记为已完成。",
};

// A project of the user: status, review history, 查看记录 of the plan, the meeting requests received.
export default async function MyProjectPage({ params, searchParams }: Props) {
  const raw = (await params).id;
  const actor = await requireActor(`/me/equity/${encodeURIComponent(raw)}`);
  const id = parseRouteId(raw);
  const project = id ? await getMyProject(actor, id) : null;
  if (!project) notFound();
  const { done } = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold text-brand-800">{project.name}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <section className="space-y-1 rounded-lg border border-slate-200 bg-white p-4 text-slate-800">
        <p>状态：<strong>{PROJECT_STATUS[project.status]}</strong>{project.reviewComment ? ` · 审核意见：${project.reviewComment}` : ""}</p>
        <p>拟融资金额：{formatWan(project.amount.toString())}万元 · 所属行业：{project.industry ?? "—"} · {project.enterpriseName}</p>
        {project.businessPlanFileId ? (
          <p>项目计划书：<a href={`/files/${project.businessPlanFileId}`} className="underline">{project.businessPlan?.originalName ?? "下载"}</a></p>
        ) : <p>项目计划书：未上传</p>}
        <div className="flex flex-wrap gap-4 pt-1">
          {project.status === "PUBLISHED" ? <Link href={equityProjectHref(project.id)} className="text-brand-700 underline">查看公开页面</Link> : null}
          {project.status === "REJECTED" ? <Link href={`/me/equity/${project.id}/edit`} className="font-semibold text-brand-700 underline">修改并重新提交</Link> : null}
        </div>
      </section>
      <ProjectHistory events={project.events} />
      <section aria-labelledby="views-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="views-heading" className="mb-2 text-lg font-semibold text-slate-900">项目计划书查看记录</h2>
        {project.planViews.length === 0 ? (
          <p className="text-slate-700">暂无投资机构查看</p>
        ) : (
          <ul className="space-y-1 text-slate-800">
            {project.planViews.map((v) => (
              <li key={v.id}>{formatDateTime(v.createdAt)} · {v.institution.name}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="received-heading" className="space-y-3">
        <h2 id="received-heading" className="text-lg font-semibold text-slate-900">收到的约谈</h2>
        {project.meetingRequests.length === 0 ? <p className="text-slate-700">暂无约谈</p> : null}
        {project.meetingRequests.map((m) => (
          <MeetingItem key={m.id} m={m} showContact>
            {m.status === "PENDING" ? (
              <div className="mt-3 grid gap-3 lg:grid-cols-2">
                <AcceptMeetingForm action={acceptMeeting.bind(null, m.id)} id={m.id} />
                <DeclineMeetingForm action={declineMeeting.bind(null, m.id)} id={m.id} />
              </div>
            ) : m.status === "ACCEPTED" ? (
              <div className="mt-3"><CompleteMeetingForm action={completeMeeting.bind(null, m.id)} id={m.id} /></div>
            ) : null}
          </MeetingItem>
        ))}
      </section>
    </div>
  );
}

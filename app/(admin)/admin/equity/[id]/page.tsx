import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { ProjectHistory } from "@/components/equity/project-history";
import { ReviewForm } from "@/components/equity/review-form";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { reviewEquityProject } from "@/lib/equity/actions";
import { equityProjectHref, PROJECT_STATUS } from "@/lib/equity/labels";
import { getAdminProject } from "@/lib/equity/queries";
import { formatWan } from "@/lib/format";

export const metadata: Metadata = { title: "股权项目审核" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };
const DONE: Record<string, string> = { approve: "已审核通过，项目已发布。", reject: "已退回，发布企业可修改后重新提交。", archive: "项目已下架。" };

export default async function AdminEquityProjectPage({ params, searchParams }: Props) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const p = id ? await getAdminProject(actor, id) : null;
  if (!p) notFound();
  const { done } = await searchParams;
  const row = (label: string, value: React.ReactNode) => (
    <div className="sm:col-span-2"><dt className="font-medium text-slate-600">{label}</dt><dd className="whitespace-pre-line text-slate-800">{value}</dd></div>
  );
  return (
    <div className="space-y-4">
      <p><Link href="/admin/equity" className="text-brand-700 underline">返回股权项目审核</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">{p.name}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <dl className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2">
        {row("状态", PROJECT_STATUS[p.status])}
        {row("拟融资金额", `${formatWan(p.amount.toString())}万元`)}
        {row("所属行业", p.industry ?? "—")}
        {row("项目简介", p.introduction)}
        {row("融资需求", p.financingNeeds)}
        {row("核心竞争力", p.coreStrengths)}
        {row("联系方式", `${p.contactName} · ${p.contactPhone} · ${p.enterpriseName} · ${p.uscc}`)}
        {row("项目计划书", p.businessPlanFileId ? <a href={`/files/${p.businessPlanFileId}`} className="underline">{p.businessPlan?.originalName ?? "下载"}</a> : "未上传")}
        {row("形象展示", p.imageFileId ? <a href={`/files/${p.imageFileId}`} className="underline">查看图片</a> : "未上传")}
        {p.status === "PUBLISHED" ? row("公开页面", <Link href={equityProjectHref(p.id)} className="underline">查看</Link>) : null}
      </dl>
      <ProjectHistory events={p.events} />
      {p.status === "PENDING_REVIEW" || p.status === "PUBLISHED" ? (
        <ReviewForm action={reviewEquityProject.bind(null, p.id)} published={p.status === "PUBLISHED"} />
      ) : null}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { AuthorizeDemandForm, WithdrawDemandAuthorizationForm } from "@/components/credit/demand-authorization-forms";
import { DemandFacts, DemandHistory } from "@/components/demands/demand-details";
import { DemandStatusBadge } from "@/components/demands/demand-status";
import { isOverdueRow } from "@/components/demands/demand-table";
import { UndoDemandForm } from "@/components/demands/undo-demand-form";
import { WithdrawDemandForm } from "@/components/demands/withdraw-demand-form";
import { requireActor } from "@/lib/auth/current";
import { authorizeDemandAction, withdrawDemandAuthorizationAction } from "@/lib/credit/actions";
import { getMyDemandAuthorization } from "@/lib/credit/demand-queries";
import { formatDateTime } from "@/lib/format";
import { withdrawMyDemand } from "@/lib/demands/actions";
import { demandKind } from "@/lib/demands/labels";
import { getMyDemand } from "@/lib/demands/queries";
import { parseRouteId } from "@/lib/domain/ids";
import { undoMinutesLeft, withinUndoWindow } from "@/lib/domain/undo";

export const metadata: Metadata = { title: "需求详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = {
  created: "需求已提交，金融机构接单后会与您联系，状态变化会通知到消息中心。",
  edited: "需求已修改。",
  withdrawn: "需求已撤回。",
  authorized: "已授权对接机构查询信用报告。",
  "authorization-withdrawn": "已撤回授权，对接机构不能再查询您的信用报告。",
};

// One demand of the user: what was published, its status and history; 修改 and 撤回 while 待对接; right after 发布
// (?done=created) and for ten minutes, 撤销本次需求 in one click.
export default async function MyDemandPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const { done } = await searchParams;
  const demand = id ? await getMyDemand(actor, id) : null;
  if (!demand) notFound();
  const now = new Date();
  const undo = done === "created" && demand.status === "OPEN" && withinUndoWindow(demand.createdAt, now);
  const authorization = await getMyDemandAuthorization(actor, demand.id);
  return (
    <div className="space-y-5">
      <p><Link href="/me/demands" className="text-sm text-brand-700 underline">返回需求管理</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">{demandKind(demand.isFirstLoan)} {demand.number}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      {undo ? <UndoDemandForm minutesLeft={undoMinutesLeft(demand.createdAt, now)} action={withdrawMyDemand.bind(null, demand.id)} /> : null}
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-slate-700">需求状态：</span>
        <DemandStatusBadge status={demand.status} overdue={isOverdueRow(demand, new Date())} />
        {demand.takenBy ? <span className="text-slate-700">对接机构：{demand.takenBy.name}</span> : null}
      </p>
      {demand.status === "OPEN" ? (
        <div className="flex flex-wrap items-start gap-3">
          <Link href={`/me/demands/${demand.id}/edit`} className="btn-outline">修改需求</Link>
          <div className="min-w-64 flex-1"><WithdrawDemandForm number={demand.number} action={withdrawMyDemand.bind(null, demand.id)} /></div>
        </div>
      ) : null}
      {authorization ? (
        <section aria-labelledby="credit-authorization" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="credit-authorization" className="text-lg font-semibold">信用报告授权</h2>
          <p className="text-sm text-slate-800">
            {authorization.state === "VALID"
              ? `您已于${formatDateTime(authorization.acceptedAt!)}授权 ${authorization.institution} 查询您的信用报告。`
              : authorization.state === "WITHDRAWN"
                ? `您已撤回对 ${authorization.institution} 的授权。`
                : `${authorization.institution} 正在对接您的需求，需要您的授权才能查询信用报告。`}
          </p>
          {authorization.canAuthorize ? <AuthorizeDemandForm institution={authorization.institution} action={authorizeDemandAction.bind(null, demand.id)} /> : null}
          {authorization.state === "VALID" ? <WithdrawDemandAuthorizationForm action={withdrawDemandAuthorizationAction.bind(null, demand.id)} /> : null}
          {authorization.reports > 0 ? (
            <p><Link href={`/me/demands/${demand.id}/credit-report`} className="text-brand-700 underline">查看信用报告和查看记录</Link></p>
          ) : null}
        </section>
      ) : null}
      <DemandFacts demand={demand} />
      <DemandHistory demand={demand} />
    </div>
  );
}

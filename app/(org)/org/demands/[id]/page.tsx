import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { DemandFacts, DemandHistory } from "@/components/demands/demand-details";
import { DemandStatusBadge } from "@/components/demands/demand-status";
import { isOverdueRow } from "@/components/demands/demand-table";
import { OrgDemandPanel } from "@/components/demands/org-demand-panel";
import { ConsentNotice, CreditReportBody, SnapshotLinks } from "@/components/credit/credit-report";
import { ActionButton } from "@/components/ui/action-button";
import { requestMeta, requireActor } from "@/lib/auth/current";
import { refreshDemandCreditReportAction } from "@/lib/credit/actions";
import { getStaffDemandCreditReport, recordDemandCreditView } from "@/lib/credit/demand-queries";
import { declineOrgDemand, reportDemandMatched, takeUpDemand } from "@/lib/demands/actions";
import { demandKind } from "@/lib/demands/labels";
import { getOrgDemand } from "@/lib/demands/queries";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "融资需求详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; report?: string }> };

const DONE: Record<string, string> = { taken: "接单成功，请尽快与客户联系。", matched: "已反馈对接成功。", credit: "已查询信用报告。" };

// One demand in the console: masked contact data until this institution takes it up (接单).
export default async function OrgDemandPage({ params, searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const id = parseRouteId((await params).id);
  const { done, report: reportParam } = await searchParams;
  const demand = id ? await getOrgDemand(actor, id) : null;
  if (!demand) notFound();
  // Only the institution that took the demand up has a 信用报告 section (with the user's 授权).
  const credit = demand.mine ? await getStaffDemandCreditReport(actor, demand.id, parseRouteId(reportParam) ?? undefined) : null;
  if (credit?.report) await recordDemandCreditView(actor, demand.id, credit.report.id, await requestMeta());
  return (
    <div className="space-y-5">
      <p><Link href="/org/demands" className="text-sm text-brand-700 underline">返回融资需求</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">{demandKind(demand.isFirstLoan)} {demand.number}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-slate-700">需求状态：</span>
        <DemandStatusBadge status={demand.status} overdue={isOverdueRow(demand, new Date())} />
      </p>
      {demand.status === "OPEN" ? (
        <div className="rounded-lg border border-brand-200 bg-brand-50/40 p-4">
          <p className="mb-3 text-slate-800">接单后该需求将由贵机构独家对接，其他机构不再看到；请在接单后尽快联系客户。</p>
          <ActionButton action={takeUpDemand.bind(null, demand.id)} name="take-demand" pendingText="接单中…">接单</ActionButton>
        </div>
      ) : null}
      {demand.mine && demand.status === "IN_PROGRESS" ? (
        <OrgDemandPanel matched={reportDemandMatched.bind(null, demand.id)} decline={declineOrgDemand.bind(null, demand.id)} maxAmount={String(Number(demand.amount.toString()))} />
      ) : null}
      <DemandFacts demand={demand} contactNote={demand.contactVisible ? undefined : "接单前联系方式脱敏显示，接单后可查看完整信息。"} />
      {credit ? (
        <section id="credit-report" aria-labelledby="credit" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="credit" className="text-lg font-semibold">信用报告</h2>
            {credit.canPull ? (
              <ActionButton action={refreshDemandCreditReportAction.bind(null, demand.id)} name="credit-refresh" pendingText="正在查询…">
                {credit.report ? "刷新" : "查询信用报告"}
              </ActionButton>
            ) : null}
          </div>
          <p className="text-xs text-slate-600">依据客户就本需求给予贵机构的《用户授权协议》授权，从政务数据共享交换平台查询生成；仅用于本需求的融资对接，每次查看均记录并告知客户。</p>
          <ConsentNotice consent={credit.consent} demand />
          <SnapshotLinks page={credit} hrefOf={(rid) => `/org/demands/${demand.id}?report=${rid}#credit-report`} />
          {credit.report ? (
            <CreditReportBody report={credit.report} firstLoanDeclared={demand.isFirstLoan} />
          ) : (
            <p className="text-sm text-slate-700">尚未生成信用报告{credit.canPull ? "，请点击“查询信用报告”。" : "。"}</p>
          )}
        </section>
      ) : null}
      <DemandHistory demand={demand} />
    </div>
  );
}

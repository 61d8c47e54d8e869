import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DecisionPanel } from "@/components/applications/decision-panel";
import { ConsentNotice, CreditReportBody, SnapshotLinks } from "@/components/credit/credit-report";
import { ActionButton } from "@/components/ui/action-button";
import { refreshCreditReportAction } from "@/lib/credit/actions";
import { getStaffCreditReport, recordCreditView } from "@/lib/credit/queries";
import { ApplicationDataSection, HistorySection, StatusItem, SummaryItem } from "@/components/applications/detail-list";
import { Notice } from "@/components/applications/filter-links";
import { wanOrDash } from "@/components/applications/format";
import { decideApplication } from "@/lib/applications/actions";
import { getOrgApplication } from "@/lib/applications/queries-org";
import { recordConsoleView } from "@/lib/applications/records";
import { requestMeta, requireActor } from "@/lib/auth/current";
import { RevealForm } from "@/components/applications/reveal-form";
import { REVEAL_COOKIE, revealGranted } from "@/lib/applications/reveal";
import { revealApplicationAction } from "@/lib/applications/reveal-actions";
import { cookies } from "next/headers";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "申请办理" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string; report?: string }> };

const DONE: Record<string, string> = {
  accept: "已受理该申请。",
  approve: "已审批通过，授信额度已通知申请人。",
  disburse: "已登记放款。",
  reject: "已拒绝该申请，原因已通知申请人。",
  return: "已退回补充，说明已通知申请人。",
  credit: "已刷新信用报告。",
};

// All submitted data — 身份证号, phones, 年收入, 目前贷款总额, 有无被执行 and 逾期情况 masked until 查看完整信息 (with a reason, audited; never on an
// open 续贷 before it is taken up: lib/applications/reveal.ts) — and the workflow's actions.
export default async function OrgApplicationPage({ params, searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const id = parseRouteId((await params).id);
  const { done, report: reportParam } = await searchParams;
  const reveal = !!id && revealGranted((await cookies()).get(REVEAL_COOKIE)?.value, actor, id, new Date());
  const app = id ? await getOrgApplication(actor, id, reveal) : null;
  if (!app) notFound();
  const meta = await requestMeta();
  if (app.revealed) await recordConsoleView(actor, app.record, meta);
  const credit = await getStaffCreditReport(actor, app.record.id, parseRouteId(reportParam) ?? undefined);
  if (credit?.report) await recordCreditView(actor, app.record.id, credit.report.id, meta);
  const { row, record } = app;
  return (
    <div className="space-y-5">
      <p>
        <Link href="/org/applications" className="text-sm text-brand-700 underline">返回申请管理</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">
        {row.kindLabel} {row.number}
      </h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      {row.isOpenRenewal ? (
        <Notice tone="info">该续贷申请接受其他金融机构办理，由最先“受理”的机构承办。</Notice>
      ) : null}
      <section aria-labelledby="summary" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary" className="sr-only">申请概况</h2>
        <dl className="grid gap-3 sm:grid-cols-4">
          <SummaryItem label="申请人" value={row.applicantLabel} />
          <SummaryItem label="产品名称" value={row.productName} />
          <StatusItem status={row.status} />
          <SummaryItem label="注册手机号" value={app.registeredPhone} />
          <SummaryItem label="申请金额" value={`${Number(row.amount)}万`} />
          <SummaryItem label="授信额度" value={wanOrDash(row.approvedAmount)} />
          <SummaryItem label="放款金额" value={wanOrDash(row.disbursedAmount)} />
        </dl>
      </section>
      <section aria-labelledby="actions" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="actions" className="mb-3 text-lg font-semibold">办理</h2>
        <DecisionPanel
          actions={app.actions}
          decide={decideApplication.bind(null, record.id)}
          requestedAmount={row.amount}
          approvedAmount={row.approvedAmount}
        />
      </section>
      <ApplicationDataSection
        fields={app.fields}
        note={
          app.revealed
            ? "含敏感个人信息，仅用于审贷，本次查看已记录（10分钟内有效）。"
            : app.canReveal
              ? "身份证号、手机号、年收入、贷款与逾期情况已脱敏显示；审贷需要时请选择原因后查看完整信息，查看将记录在审计日志中。"
              : "该续贷申请尚未受理：受理后可查看完整信息。"
        }
      />
      {app.canReveal && !app.revealed ? <RevealForm action={revealApplicationAction.bind(null, record.id)} /> : null}
      {credit ? (
        <section id="credit-report" aria-labelledby="credit" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 id="credit" className="text-lg font-semibold">信用报告</h2>
            {credit.consent === "VALID" ? (
              <ActionButton action={refreshCreditReportAction.bind(null, record.id)} name="credit-refresh" pendingText="正在查询…">
                刷新
              </ActionButton>
            ) : null}
          </div>
          <p className="text-xs text-slate-600">依据申请人的《用户授权协议》授权，从政务数据共享交换平台查询生成；仅用于本申请的审贷，每次查看均记录并告知申请人。</p>
          <ConsentNotice consent={credit.consent} />
          <SnapshotLinks page={credit} hrefOf={(rid) => `/org/applications/${record.id}?report=${rid}#credit-report`} />
          {credit.report ? (
            <CreditReportBody report={credit.report} firstLoanDeclared={record.kind === "FIRST_LOAN" && record.firstLoanDeclared} />
          ) : (
            <p className="text-sm text-slate-700">尚未生成信用报告{credit.consent === "VALID" ? "，请点击“刷新”查询。" : "。"}</p>
          )}
        </section>
      ) : null}
      <HistorySection history={app.history} />
    </div>
  );
}

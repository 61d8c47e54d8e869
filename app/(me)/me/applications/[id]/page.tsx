import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationDataSection, HistorySection, StatusItem, SummaryItem } from "@/components/applications/detail-list";
import { Notice } from "@/components/applications/filter-links";
import { wanOrDash } from "@/components/applications/format";
import { WithdrawForm } from "@/components/applications/withdraw-form";
import { PrintButton } from "@/components/ui/print-button";
import { withdrawApplication } from "@/lib/applications/actions";
import { getMyApplication } from "@/lib/applications/queries";
import { canTransition } from "@/lib/applications/status-machine";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "申请详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

const DONE: Record<string, string> = { withdrawn: "申请已撤回。", resubmitted: "已重新提交，请等待金融机构受理。" };

export default async function MyApplicationPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const { done } = await searchParams;
  const app = id ? await getMyApplication(actor, id) : null;
  if (!app) notFound();
  const { row, record } = app;
  const lastReturn = [...app.history].reverse().find((h) => h.toStatus === "RETURNED");
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3 print:hidden">
        <Link href="/me/applications" className="tap text-sm text-brand-700 underline">返回申请记录</Link>
        <PrintButton />
      </div>
      <h1 className="text-2xl font-bold text-brand-800">申请详情 {row.number}</h1>
      {done && DONE[done] ? <Notice>{DONE[done]}</Notice> : null}
      <section aria-labelledby="summary" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary" className="sr-only">申请概况</h2>
        <dl className="grid gap-3 sm:grid-cols-3">
          <SummaryItem label="金融机构" value={row.institutionName} />
          <SummaryItem label="产品名称" value={row.productName} />
          <StatusItem status={row.status} />
          <SummaryItem label="授信额度" value={wanOrDash(row.approvedAmount)} />
          <SummaryItem label="放款/融资额度" value={wanOrDash(row.disbursedAmount)} />
          <SummaryItem label="申请类别" value={row.kindLabel} />
        </dl>
      </section>
      {record.status === "RETURNED" ? (
        <Notice tone="warning">
          <p className="font-medium">金融机构请您补充资料{lastReturn?.comment ? `：${lastReturn.comment}` : "。"}</p>
          <Link href={`/me/applications/${row.id}/edit`} className="mt-2 inline-block rounded bg-brand-700 px-4 py-2 text-white hover:bg-brand-800">
            修改并重新提交
          </Link>
        </Notice>
      ) : null}
      {canTransition("WITHDRAW", record.status) ? <WithdrawForm number={row.number} action={withdrawApplication.bind(null, row.id)} /> : null}
      <ApplicationDataSection fields={app.fields} />
      <section aria-labelledby="credit" className="rounded-lg border border-slate-200 bg-white p-5 print:hidden">
        <h2 id="credit" className="mb-2 text-lg font-semibold">信用报告</h2>
        <p className="text-sm text-slate-700">
          依据您的授权生成、提供给受理机构的信用报告，以及机构查看的记录。
          <Link href={`/me/applications/${row.id}/credit-report`} className="ml-2 text-brand-700 underline">查看信用报告</Link>
        </p>
      </section>
      <HistorySection history={app.history} />
    </div>
  );
}

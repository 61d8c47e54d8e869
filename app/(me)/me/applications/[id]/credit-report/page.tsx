import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConsentNotice, CreditReportBody, CreditViewsTable, SnapshotLinks } from "@/components/credit/credit-report";
import { requireActor } from "@/lib/auth/current";
import { getMyCreditReport } from "@/lib/credit/queries";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "信用报告" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ report?: string }> };

// The applicant's own 信用报告: the same snapshots the institution sees, and who viewed them when
// (PIPL transparency).
export default async function MyCreditReportPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const { report: reportParam } = await searchParams;
  const page = id ? await getMyCreditReport(actor, id, parseRouteId(reportParam) ?? undefined) : null;
  if (!page || !id) notFound();
  return (
    <div className="space-y-5">
      <p>
        <Link href={`/me/applications/${id}`} className="tap text-sm text-brand-700 underline">返回申请详情</Link>
      </p>
      <h1 className="text-2xl font-bold text-brand-800">信用报告 {page.number}</h1>
      <p className="text-sm text-slate-700">
        平台依据您在申请时同意的《用户授权协议》，从政务数据共享交换平台查询您的工商、纳税、社保与公积金、司法和行政处罚信息，生成信用报告，仅提供给您申请的金融机构。
      </p>
      <ConsentNotice consent={page.consent} />
      <section aria-labelledby="report" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="report" className="text-lg font-semibold">报告内容</h2>
        <SnapshotLinks page={page} hrefOf={(rid) => `/me/applications/${id}/credit-report?report=${rid}`} />
        {page.report ? <CreditReportBody report={page.report} /> : <p className="text-sm text-slate-700">暂未生成信用报告。</p>}
      </section>
      <section aria-labelledby="views" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="views" className="mb-3 text-lg font-semibold">查看记录</h2>
        <CreditViewsTable views={page.views} />
      </section>
    </div>
  );
}

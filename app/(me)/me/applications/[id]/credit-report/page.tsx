import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConsentNotice } from "@/components/credit/credit-report";
import { OwnCreditReport } from "@/components/credit/own-credit-report";
import { requireActor } from "@/lib/auth/current";
import { getMyCreditReport } from "@/lib/credit/queries";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "信用报告" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ report?: string }> };

// The applicant's own 信用报告 for a loan application.
export default async function MyCreditReportPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const { report: reportParam } = await searchParams;
  const page = id ? await getMyCreditReport(actor, id, parseRouteId(reportParam) ?? undefined) : null;
  if (!page || !id) notFound();
  return (
    <OwnCreditReport
      page={page}
      back={{ href: `/me/applications/${id}`, label: "返回申请详情" }}
      reportHref={(rid) => `/me/applications/${id}/credit-report?report=${rid}`}
      basis="平台依据您在申请时同意的《用户授权协议》，从政务数据共享交换平台查询您的工商、纳税、社保与公积金、司法和行政处罚信息，生成信用报告，仅提供给您申请的金融机构。"
    >
      <ConsentNotice consent={page.consent} />
    </OwnCreditReport>
  );
}

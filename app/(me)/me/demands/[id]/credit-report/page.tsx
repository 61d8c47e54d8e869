import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OwnCreditReport } from "@/components/credit/own-credit-report";
import { requireActor } from "@/lib/auth/current";
import { getMyDemandCreditReport } from "@/lib/credit/demand-queries";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "信用报告" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ report?: string }> };

// The owner's view of the 信用报告 an institution pulled for a 融资需求.
export default async function MyDemandCreditReportPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  const { report: reportParam } = await searchParams;
  const page = id ? await getMyDemandCreditReport(actor, id, parseRouteId(reportParam) ?? undefined) : null;
  if (!page || !id) notFound();
  return (
    <OwnCreditReport
      page={page}
      back={{ href: `/me/demands/${id}`, label: "返回需求详情" }}
      reportHref={(rid) => `/me/demands/${id}/credit-report?report=${rid}`}
      basis="平台依据您就本需求给予对接机构的《用户授权协议》授权，从政务数据共享交换平台查询您的工商、纳税、社保与公积金、司法和行政处罚信息，生成信用报告，仅提供给该机构。"
    />
  );
}

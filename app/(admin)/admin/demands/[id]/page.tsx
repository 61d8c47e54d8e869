import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { notFound } from "next/navigation";
import { Notice } from "@/components/applications/filter-links";
import { DemandFacts, DemandHistory } from "@/components/demands/demand-details";
import { DemandStatusBadge } from "@/components/demands/demand-status";
import { isOverdueRow } from "@/components/demands/demand-table";
import { ReaddressForm } from "@/components/demands/readdress-form";
import { requireActor } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/format";
import { readdressOverdueDemand } from "@/lib/demands/actions";
import { demandKind } from "@/lib/demands/labels";
import { listExpectedBanks } from "@/lib/demands/queries";
import { getDemandForAdmin } from "@/lib/demands/queries-admin";
import { parseRouteId } from "@/lib/domain/ids";

export const metadata: Metadata = { title: "需求详情" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ done?: string }> };

// One demand with its whole history and the institutions that declined it; 重新指派 while 待对接.
export default async function AdminDemandPage({ params, searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const id = parseRouteId((await params).id);
  const { done } = await searchParams;
  const demand = id ? await getDemandForAdmin(actor, id) : null;
  if (!demand) notFound();
  const overdue = isOverdueRow(demand, new Date());
  return (
    <div className="space-y-5">
      <p><Link href="/admin/demands" className="text-sm text-brand-700 underline">返回需求总览</Link></p>
      <h1 className="text-2xl font-bold text-brand-800">{demandKind(demand.isFirstLoan)} {demand.number}</h1>
      {done === "readdressed" ? <Notice>已重新指派，被指派的机构已收到提醒。</Notice> : null}
      <p className="flex flex-wrap items-center gap-2">
        <span className="text-slate-700">需求状态：</span>
        <DemandStatusBadge status={demand.status} overdue={overdue} />
      </p>
      {demand.declines.length ? (
        <section aria-labelledby="declines" className="rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="declines" className="mb-2 text-lg font-semibold">无法满足的机构</h2>
          <ul className="space-y-1 text-sm">
            {demand.declines.map((d) => (
              <li key={d.institution.name}>{d.institution.name}（{formatDateTime(d.createdAt)}）：{d.reason}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {demand.status === "OPEN" ? <ReaddressForm banks={await listExpectedBanks()} action={readdressOverdueDemand.bind(null, demand.id)} /> : null}
      <DemandFacts demand={demand} />
      <DemandHistory demand={demand} />
    </div>
  );
}

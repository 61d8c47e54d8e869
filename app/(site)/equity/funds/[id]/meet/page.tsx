import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MeetPage } from "@/components/equity/meet-page";
import { requireActor } from "@/lib/auth/current";
import { parseRouteId } from "@/lib/domain/ids";
import { fundHref } from "@/lib/equity/labels";
import { getFund } from "@/lib/equity/queries-public";

export const metadata: Metadata = { title: "我要约谈", robots: { index: false } };

type Props = { params: Promise<{ id: string }> };

export default async function FundMeetPage({ params }: Props) {
  const raw = (await params).id;
  const actor = await requireActor(`/equity/funds/${encodeURIComponent(raw)}/meet`);
  const id = parseRouteId(raw);
  const fund = id ? await getFund(id) : null;
  if (!fund) notFound();
  return <MeetPage actor={actor} kind="fund" id={fund.id} title={`投资机构：${fund.name}`} back={fundHref(fund.id)} />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { ApplicationTable } from "@/components/applications/application-table";
import { EmptyState } from "@/components/applications/filter-links";
import { requireActor } from "@/lib/auth/current";
import { countOrgPending, listOrgApplications } from "@/lib/applications/queries-org";
import { OwnInstitutionFigures } from "@/components/statistics/own-institution-figures";
import { parseStatisticsFilter } from "@/lib/statistics/period";
import { ownInstitutionStatistics } from "@/lib/statistics/queries";

export const metadata: Metadata = { title: "机构工作台" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrgHomePage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["STAFF"]);
  const { period } = await searchParams;
  const filter = parseStatisticsFilter({ period: period === "custom" ? undefined : period });
  const [pending, latest, own] = await Promise.all([
    countOrgPending(actor),
    listOrgApplications(actor, { status: "SUBMITTED", page: 1 }),
    ownInstitutionStatistics(actor, filter),
  ]);
  const cards = [
    { label: "待受理申请", value: pending.submitted, href: "/org/applications?status=SUBMITTED" },
    { label: "已受理待审批", value: pending.accepted, href: "/org/applications?status=ACCEPTED" },
    { label: "待回复咨询", value: pending.questions, href: "/org/consultations?state=open" },
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">机构工作台</h1>
      <ul className="grid gap-3 sm:grid-cols-3">
        {cards.map((c) => (
          <li key={c.label}>
            <Link href={c.href} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-brand-600">
              <span className="block text-sm text-slate-600">{c.label}</span>
              <span className="mt-1 block text-3xl font-semibold text-brand-800">{c.value}</span>
            </Link>
          </li>
        ))}
      </ul>
      <OwnInstitutionFigures stats={own} filter={filter} />
      <section aria-labelledby="latest" className="space-y-3">
        <h2 id="latest" className="text-lg font-semibold text-slate-900">最新待受理申请</h2>
        {latest.total === 0 ? (
          <EmptyState title="暂无待受理的申请" />
        ) : (
          <ApplicationTable rows={latest.items} variant="institution" caption="最新待受理申请" hrefFor={(r) => `/org/applications/${r.id}`} />
        )}
      </section>
    </div>
  );
}

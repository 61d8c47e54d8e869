import type { Metadata } from "next";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { EquityTabs } from "@/components/equity/equity-tabs";
import { FundCard } from "@/components/equity/fund-card";
import { Pagination } from "@/components/ui/pagination";
import { parsePage } from "@/lib/db/paginate";
import { listFundFields, listFunds } from "@/lib/equity/queries-public";
import { SCALE_BUCKETS } from "@/lib/equity/schema";
import type { Region } from "@/lib/generated/prisma/enums";
import { REGIONS } from "@/lib/reference";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Filters = { field?: string; scale?: string; region?: Region };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v ? v : undefined);

function parse(sp: Record<string, string | string[] | undefined>, fields: string[]): Filters {
  const field = one(sp.field);
  const scale = one(sp.scale);
  const region = one(sp.region);
  return {
    field: field && fields.includes(field) ? field : undefined,
    scale: SCALE_BUCKETS.some((b) => b.value === scale) ? scale : undefined,
    region: REGIONS.some((r) => r.value === region) ? (region as Region) : undefined,
  };
}

function href(f: Filters, page = 1) {
  const params = new URLSearchParams();
  if (f.field) params.set("field", f.field);
  if (f.scale) params.set("scale", f.scale);
  if (f.region) params.set("region", f.region);
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return `/equity${q ? `?${q}` : ""}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const f = parse(sp, await listFundFields());
  return {
    title: "股权融资 · 投资机构",
    description: "天水市股权投资机构名录：成立时间、管理规模、投资领域与投资案例，在线向投资机构发起约谈，对接股权融资。",
    alternates: { canonical: href(f, parsePage(sp.page)) },
  };
}

// 股权融资 → 投资机构 (manual 2.6): funds with the filters 投资领域, 管理规模, 所属区域 (plain links).
export default async function FundsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const fields = await listFundFields();
  const f = parse(sp, fields);
  const data = await listFunds({ ...f, page: parsePage(sp.page) });
  return (
    <div className="mx-auto max-w-5xl space-y-4 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">股权融资</h1>
      <EquityTabs current="funds" />
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <FilterLinks label="投资领域" options={fields.map((v) => ({ value: v, label: v }))} current={f.field} hrefFor={(v) => href({ ...f, field: v })} />
        <FilterLinks label="管理规模" options={SCALE_BUCKETS.map((b) => ({ value: b.value, label: b.label }))} current={f.scale} hrefFor={(v) => href({ ...f, scale: v })} />
        <FilterLinks label="所属区域" options={REGIONS} current={f.region} hrefFor={(v) => href({ ...f, region: v as Region | undefined })} />
      </div>
      <p className="text-sm text-slate-700">共 {data.total} 家投资机构</p>
      {data.total === 0 ? (
        <EmptyState title="暂无符合条件的投资机构"><p>请调整筛选条件后再试。</p></EmptyState>
      ) : (
        <ul className="space-y-4">
          {data.items.map((fund) => (
            <li key={fund.id}><FundCard fund={fund} /></li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(f, p)} label="投资机构分页" />
    </div>
  );
}

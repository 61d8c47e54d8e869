import type { Metadata } from "next";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { EquityTabs } from "@/components/equity/equity-tabs";
import { ProjectCard } from "@/components/equity/project-card";
import { Pagination } from "@/components/ui/pagination";
import { parsePage } from "@/lib/db/paginate";
import { listPublicProjects } from "@/lib/equity/queries-public";
import { AMOUNT_BUCKETS, INDUSTRIES } from "@/lib/equity/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
type Filters = { industry?: string; amount?: string; q?: string };

const one = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim() : undefined);

function parse(sp: Record<string, string | string[] | undefined>): Filters {
  const industry = one(sp.industry);
  const amount = one(sp.amount);
  return {
    industry: industry && (INDUSTRIES as readonly string[]).includes(industry) ? industry : undefined,
    amount: AMOUNT_BUCKETS.some((b) => b.value === amount) ? amount : undefined,
    q: one(sp.q)?.slice(0, 50),
  };
}

function href(f: Filters, page = 1) {
  const params = new URLSearchParams();
  if (f.industry) params.set("industry", f.industry);
  if (f.amount) params.set("amount", f.amount);
  if (f.q) params.set("q", f.q);
  if (page > 1) params.set("page", String(page));
  const q = params.toString();
  return `/equity/projects${q ? `?${q}` : ""}`;
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const f = parse(sp);
  return {
    title: "股权融资 · 股权项目",
    description: "经天水市金融办审核发布的企业股权融资项目：拟融资金额、所属行业、融资需求与核心竞争力，投资机构可在线约谈。",
    alternates: { canonical: href({ ...f, q: undefined }, parsePage(sp.page)) },
    ...(f.q ? { robots: { index: false } } : {}),
  };
}

// 股权融资 → 股权项目 (manual 2.6): published projects, filters 所属行业 and 拟融资金额, and a search.
export default async function ProjectsPage({ searchParams }: Props) {
  const sp = await searchParams;
  const f = parse(sp);
  const data = await listPublicProjects({ ...f, page: parsePage(sp.page) });
  return (
    <div className="mx-auto max-w-5xl space-y-4 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">股权融资</h1>
      <EquityTabs current="projects" />
      <form action="/equity/projects" method="get" role="search" className="flex flex-wrap gap-2">
        {f.industry ? <input type="hidden" name="industry" value={f.industry} /> : null}
        {f.amount ? <input type="hidden" name="amount" value={f.amount} /> : null}
        <label htmlFor="equity-q" className="sr-only">搜索项目名称或企业名称</label>
        <input id="equity-q" name="q" type="search" defaultValue={f.q} maxLength={50} placeholder="搜索项目名称或企业名称" className="min-h-11 flex-1 rounded border border-slate-400 px-3" />
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 text-white hover:bg-brand-800">搜索</button>
      </form>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <FilterLinks label="所属行业" options={INDUSTRIES.map((v) => ({ value: v, label: v }))} current={f.industry} hrefFor={(v) => href({ ...f, industry: v })} />
        <FilterLinks label="拟融资金额" options={AMOUNT_BUCKETS.map((b) => ({ value: b.value, label: b.label }))} current={f.amount} hrefFor={(v) => href({ ...f, amount: v })} />
      </div>
      <p className="text-sm text-slate-700">共 {data.total} 个股权项目</p>
      {data.total === 0 ? (
        <EmptyState title="暂无符合条件的股权项目"><p>请调整筛选条件或搜索词后再试。</p></EmptyState>
      ) : (
        <ul className="space-y-4">
          {data.items.map((p) => (
            <li key={p.id}><ProjectCard project={p} /></li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(f, p)} label="股权项目分页" />
    </div>
  );
}

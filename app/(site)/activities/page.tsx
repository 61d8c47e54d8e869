import type { Metadata } from "next";
import { connection } from "next/server";
import { ActivityCard } from "@/components/activities/activity-card";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { Pagination } from "@/components/ui/pagination";
import { listPublicActivities } from "@/lib/activities/queries-public";
import { LIST_PHASES, parseListPhase, type ListPhase } from "@/lib/activities/status";
import { parsePage } from "@/lib/db/paginate";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function href(phase: ListPhase | undefined, page = 1) {
  const params = new URLSearchParams();
  if (phase) params.set("phase", phase);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return `/activities${query ? `?${query}` : ""}`;
}

const PHASE_OPTIONS = LIST_PHASES.map((p) => ({ value: p.value, label: p.label }));

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const sp = await searchParams;
  const phase = parseListPhase(sp.phase);
  const label = LIST_PHASES.find((p) => p.value === phase)?.label;
  return {
    title: label ? `${label}的金融活动` : "金融活动",
    description: "天水市金融办及各金融机构举办的政银企对接会、政策宣讲会等金融活动，在线查看活动详情并报名参加。",
    alternates: { canonical: href(phase, parsePage(sp.page)) },
  };
}

// 金融活动 (manual 2.5): activities in progress or over, newest first. The filter is plain links.
export default async function ActivitiesPage({ searchParams }: Props) {
  await connection(); // the phases follow the clock
  const sp = await searchParams;
  const phase = parseListPhase(sp.phase);
  const data = await listPublicActivities({ phase, page: parsePage(sp.page) });
  const now = new Date();
  const label = LIST_PHASES.find((p) => p.value === phase)?.label;
  return (
    <div className="mx-auto max-w-5xl space-y-4 px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-brand-800">金融活动</h1>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <FilterLinks label="活动状态" options={PHASE_OPTIONS} current={phase} hrefFor={(p) => href(p as ListPhase | undefined)} />
        <p className="mt-1 text-sm text-slate-600">“进行中”包括尚未开始、正在报名的活动。</p>
      </div>
      <p className="text-sm text-slate-700">共 {data.total} 个活动</p>
      {data.total === 0 ? (
        <EmptyState title={label ? `暂无${label}的金融活动` : "暂无金融活动"}>
          <p>新的活动发布后会显示在这里，欢迎稍后再来查看。</p>
        </EmptyState>
      ) : (
        <ul className="space-y-4">
          {data.items.map((a, i) => (
            <li key={a.id}>
              <ActivityCard activity={a} now={now} first={i === 0} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(p) => href(phase, p)} label="金融活动分页" />
    </div>
  );
}

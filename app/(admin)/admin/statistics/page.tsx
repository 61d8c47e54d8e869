import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ChartFigure } from "@/components/statistics/chart-figure";
import { DataTable } from "@/components/statistics/data-table";
import { FigureCards } from "@/components/statistics/figure-cards";
import { StatisticsFilterForm } from "@/components/statistics/filter-form";
import { requireActor } from "@/lib/auth/current";
import { formatWan } from "@/lib/format";
import { INSTITUTION_TYPES, REGIONS } from "@/lib/reference";
import { describePeriod, filterQuery, parseStatisticsFilter } from "@/lib/statistics/period";
import { supervisionCharts, supervisionStatistics } from "@/lib/statistics/queries";
import { parseRankingKey, RANKING_KEYS, sortInstitutions } from "@/lib/statistics/ranking";
import { DISTRICT_COLUMNS, districtCells, INSTITUTION_COLUMNS, institutionCells, overviewRows, statusRows } from "@/lib/statistics/summary";

export const metadata: Metadata = { title: "监管统计" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// 政府在线监管: figures from the records for a period, district and institution type (docs/statistics.md).
export default async function AdminStatisticsPage({ searchParams }: Props) {
  await connection();
  const actor = await requireActor(undefined, ["ADMIN"]);
  const sp = await searchParams;
  const filter = parseStatisticsFilter(sp);
  const sort = parseRankingKey(sp.sort);
  const [f, charts] = await Promise.all([supervisionStatistics(actor, filter), supervisionCharts(actor, filter)]);
  const institutions = sortInstitutions(f.institutions, sort);
  const scopeText = [
    describePeriod(filter),
    filter.district ? REGIONS.find((r) => r.value === filter.district)!.label : "全部区县",
    filter.institutionType ? INSTITUTION_TYPES.find((t) => t.value === filter.institutionType)!.label : "全部机构类型",
  ].join(" · ");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-brand-800">监管统计</h1>
      <StatisticsFilterForm action="/admin/statistics" filter={filter} />
      {filter.problem ? <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">{filter.problem}，已显示本月数据。</p> : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-slate-800">统计范围：{scopeText}</p>
        <a href={`/admin/statistics/export.xlsx?${filterQuery(filter)}`} className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 text-brand-700 hover:bg-brand-50" download>
          导出 Excel
        </a>
      </div>

      <section aria-labelledby="overview" className="space-y-3">
        <h2 id="overview" className="text-lg font-semibold text-slate-900">总体情况</h2>
        <FigureCards cards={overviewRows(f)} label="总体情况" />
        <DataTable caption="贷款申请状态" columns={["申贷状态", "笔数"]} rows={statusRows(f)} rowHeaders />
        <p className="text-sm leading-6 text-slate-700">
          申请按提交时间统计，授信与放款按办理时间统计；对接成功率 = 已授信或已放款 ÷（已授信 + 已放款 + 未通过）。机构类型只影响申请、授信、放款和接单，不影响需求发布、活动和新增用户。
        </p>
      </section>

      <section aria-labelledby="charts" className="space-y-4">
        <h2 id="charts" className="text-lg font-semibold text-slate-900">图表</h2>
        <ChartFigure
          id="trend"
          title="月度趋势（近12个月）"
          chart={charts.trend}
          columns={["月份", "申请笔数", "放款金额（万元）"]}
          rows={f.trend.map((m) => [m.month, m.applications, formatWan(m.lent)])}
        />
        <ChartFigure
          id="share"
          title="各机构放款占比"
          chart={charts.share}
          columns={["机构", "放款金额（万元）"]}
          rows={[...f.institutions].filter((r) => Number(r.lent) > 0).sort((a, b) => Number(b.lent) - Number(a.lent)).map((r) => [r.name, formatWan(r.lent)])}
        />
        <ChartFigure
          id="districts"
          title="各区县对比"
          chart={charts.districts}
          columns={["区县", "申请笔数", "对接成功笔数"]}
          rows={f.districts.map((d) => [d.label, d.applications, d.matches])}
        />
      </section>

      <section aria-labelledby="ranking" className="space-y-3">
        <h2 id="ranking" className="text-lg font-semibold text-slate-900">机构排名</h2>
        <nav aria-label="排名方式" className="flex flex-wrap gap-2">
          {RANKING_KEYS.map((k) => (
            <Link
              key={k.value}
              href={`/admin/statistics?${filterQuery(filter, { sort: k.value })}#ranking`}
              aria-current={k.value === sort ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 ${k.value === sort ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-800 hover:border-brand-600"}`}
            >
              按{k.label}
            </Link>
          ))}
        </nav>
        {institutions.length ? (
          <DataTable caption={`机构排名（按${RANKING_KEYS.find((k) => k.value === sort)!.label}）`} columns={INSTITUTION_COLUMNS} rows={institutionCells(institutions)} />
        ) : (
          <p className="rounded bg-slate-50 p-4 text-slate-700">没有符合条件的机构</p>
        )}
      </section>

      <section aria-labelledby="district-ranking" className="space-y-3">
        <h2 id="district-ranking" className="text-lg font-semibold text-slate-900">区县情况</h2>
        <DataTable caption="区县情况" columns={DISTRICT_COLUMNS} rows={districtCells(f.districts)} rowHeaders />
      </section>
    </div>
  );
}

import Link from "next/link";
import { formatWan } from "@/lib/format";
import { formatHours, formatRatePercent } from "@/lib/statistics/format";
import { PERIODS, type StatisticsFilter } from "@/lib/statistics/period";
import type { OwnStatistics } from "@/lib/statistics/queries";
import { FigureCards } from "./figure-cards";

// 机构工作台: the institution's own 监管统计 figures and its rank among institutions of its type (their
// names and numbers stay with the 金融办).
export function OwnInstitutionFigures({ stats, filter }: { stats: OwnStatistics; filter: StatisticsFilter }) {
  const { own } = stats;
  const rank = (key: string) => {
    const r = stats.ranks.find((x) => x.key === key);
    return r?.rank ? `同类${stats.peers}家机构中第${r.rank}名` : "暂无排名";
  };
  return (
    <section aria-labelledby="own-figures" className="space-y-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="own-figures" className="text-lg font-semibold text-slate-900">本机构业务数据</h2>
        <nav aria-label="统计时段" className="flex flex-wrap gap-2">
          {PERIODS.filter((p) => p.value !== "custom").map((p) => (
            <Link
              key={p.value}
              href={`/org?period=${p.value}#own-figures`}
              aria-current={p.value === filter.period ? "true" : undefined}
              className={`inline-flex min-h-11 items-center rounded-full border px-4 ${p.value === filter.period ? "border-brand-700 bg-brand-700 text-white" : "border-slate-300 text-slate-800 hover:border-brand-600"}`}
            >
              {p.label}
            </Link>
          ))}
        </nav>
      </div>
      <FigureCards
        label="本机构业务数据"
        cards={[
          { label: "贷款申请", value: `${own.applications}笔`, detail: `${filter.fromDay} 至 ${filter.toDay}` },
          { label: "对接成功笔数", value: `${own.matches}笔`, detail: rank("matches") },
          { label: "累计放款金额", value: `${formatWan(own.lent)}万元`, detail: rank("lent") },
          { label: "发布融资产品数量", value: `${own.products}款`, detail: rank("products") },
          { label: "平均首次响应时间", value: formatHours(own.avgResponseHours), detail: rank("response") },
          { label: "对接成功率", value: formatRatePercent(own.success), detail: rank("rate") },
        ]}
      />
    </section>
  );
}

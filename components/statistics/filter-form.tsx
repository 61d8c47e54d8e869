import { INSTITUTION_TYPES, REGIONS } from "@/lib/reference";
import { PERIODS, type StatisticsFilter } from "@/lib/statistics/period";

const input = "mt-1 min-h-11 rounded border border-slate-400 bg-white px-3";

// 统计时段 / 区县 / 机构类型: a plain GET form (no personal data), so it works before hydration and without JS.
// The dates apply when 自定义 is chosen.
export function StatisticsFilterForm({ action, filter, showType = true }: { action: string; filter: StatisticsFilter; showType?: boolean }) {
  return (
    <form method="get" action={action} className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4" aria-label="统计筛选">
      <label className="flex flex-col text-sm text-slate-800">
        统计时段
        <select name="period" defaultValue={filter.period} className={input}>
          {PERIODS.map((p) => (
            <option key={p.value} value={p.value}>{p.label}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-sm text-slate-800">
        开始日期（自定义）
        <input name="from" type="date" defaultValue={filter.period === "custom" ? filter.fromDay : ""} className={input} />
      </label>
      <label className="flex flex-col text-sm text-slate-800">
        结束日期（自定义）
        <input name="to" type="date" defaultValue={filter.period === "custom" ? filter.toDay : ""} className={input} />
      </label>
      <label className="flex flex-col text-sm text-slate-800">
        所属区域
        <select name="district" defaultValue={filter.district?.toLowerCase() ?? ""} className={input}>
          <option value="">全部区县</option>
          {REGIONS.map((r) => (
            <option key={r.value} value={r.value.toLowerCase()}>{r.label}</option>
          ))}
        </select>
      </label>
      {showType ? (
        <label className="flex flex-col text-sm text-slate-800">
          机构类型
          <select name="type" defaultValue={filter.institutionType?.toLowerCase() ?? ""} className={input}>
            <option value="">全部类型</option>
            {INSTITUTION_TYPES.map((t) => (
              <option key={t.value} value={t.value.toLowerCase()}>{t.label}</option>
            ))}
          </select>
        </label>
      ) : null}
      <button type="submit" className="min-h-11 rounded bg-brand-700 px-5 font-medium text-white hover:bg-brand-800">查询</button>
    </form>
  );
}

import { DEMAND_STATUS_OPTIONS } from "@/lib/demands/labels";
import { FIRST_LOAN_OPTIONS, firstLoanParam } from "@/lib/demands/filters";
import { REGIONS } from "@/lib/reference";

// 需求总览's filters: a plain GET form (works without JavaScript; nothing personal travels in it).
export function AdminDemandFilters({ current, institutions }: {
  current: { status?: string; institutionId?: string; region?: string; firstLoan?: boolean; overdue?: boolean };
  institutions: { id: string; name: string }[];
}) {
  const select = (name: string, label: string, options: readonly { value: string; label: string }[], value: string | undefined) => (
    <label className="flex flex-col gap-1 text-sm text-slate-800">
      {label}
      <select name={name} defaultValue={value ?? ""} className="min-h-11 rounded border border-slate-400 bg-white px-2">
        <option value="">全部</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </label>
  );
  return (
    <form method="get" action="/admin/demands" className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3" aria-label="筛选需求">
      {select("status", "需求状态", DEMAND_STATUS_OPTIONS, current.status)}
      {select("institution", "机构", institutions.map((i) => ({ value: i.id, label: i.name })), current.institutionId)}
      {select("region", "所属区域", REGIONS, current.region)}
      {select("firstLoan", "首贷", FIRST_LOAN_OPTIONS, firstLoanParam(current.firstLoan))}
      <label className="inline-flex min-h-11 items-center gap-2 text-sm text-slate-800">
        <input type="checkbox" name="overdue" value="yes" defaultChecked={current.overdue} className="h-5 w-5 accent-brand-700" />
        仅看超时
      </label>
      <button type="submit" className="btn-primary min-h-11">筛选</button>
    </form>
  );
}

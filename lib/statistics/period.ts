import type { InstitutionType, Region } from "@/lib/generated/prisma/enums";
import { INSTITUTION_TYPES, REGIONS } from "@/lib/reference";

// 监管统计's filter: a period in Beijing days (本月, 本季度, 本年 or 自定义 from–to), a district and an
// institution type. Parsed from the query string; anything malformed falls back to the default
// (本月, every district and type) with a message instead of an error page.

export type PeriodKind = "month" | "quarter" | "year" | "custom";

export const PERIODS: { value: PeriodKind; label: string }[] = [
  { value: "month", label: "本月" },
  { value: "quarter", label: "本季度" },
  { value: "year", label: "本年" },
  { value: "custom", label: "自定义" },
];

export interface StatisticsFilter {
  period: PeriodKind;
  fromDay: string; // YYYY-MM-DD, Beijing, inclusive
  toDay: string; // YYYY-MM-DD, Beijing, inclusive
  district?: Region;
  institutionType?: InstitutionType;
  problem?: string; // why the custom dates were not taken
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CUSTOM_DAYS = 366 * 5;
const pad = (n: number) => String(n).padStart(2, "0");

// Today in Beijing as [year, month (1–12), day].
function beijingToday(now: Date): [number, number, number] {
  const shifted = new Date(now.getTime() + 8 * 3600_000);
  return [shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate()];
}

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const dayString = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

// A real calendar day (2026-02-31 is refused, not rolled over).
export function isCalendarDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number);
  return m >= 1 && m <= 12 && d >= 1 && d <= lastDayOf(y, m);
}

function presetRange(kind: Exclude<PeriodKind, "custom">, now: Date): [string, string] {
  const [y, m] = beijingToday(now);
  if (kind === "year") return [dayString(y, 1, 1), dayString(y, 12, 31)];
  if (kind === "quarter") {
    const first = Math.floor((m - 1) / 3) * 3 + 1;
    return [dayString(y, first, 1), dayString(y, first + 2, lastDayOf(y, first + 2))];
  }
  return [dayString(y, m, 1), dayString(y, m, lastDayOf(y, m))];
}

const oneOf = <T extends string>(list: { value: T }[], raw: string) => list.find((o) => o.value === raw.toUpperCase())?.value;

export function parseStatisticsFilter(sp: Record<string, string | string[] | undefined>, now = new Date()): StatisticsFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string).trim() : "");
  const district = oneOf(REGIONS, one("district"));
  const institutionType = oneOf(INSTITUTION_TYPES, one("type"));
  const kind = PERIODS.find((p) => p.value === one("period"))?.value ?? "month";
  if (kind !== "custom") {
    const [fromDay, toDay] = presetRange(kind, now);
    return { period: kind, fromDay, toDay, district, institutionType };
  }
  const from = one("from");
  const to = one("to");
  let problem: string | undefined;
  if (!isCalendarDay(from) || !isCalendarDay(to)) problem = "请选择有效的开始日期和结束日期";
  else if (from > to) problem = "开始日期不能晚于结束日期";
  else if (daysBetween(from, to) > MAX_CUSTOM_DAYS) problem = "自定义时段最长为5年";
  if (problem) {
    const [fromDay, toDay] = presetRange("month", now);
    return { period: "month", fromDay, toDay, district, institutionType, problem };
  }
  return { period: "custom", fromDay: from, toDay: to, district, institutionType };
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

// The period as instants: [start of fromDay, start of the day after toDay) in Beijing time.
export function periodBounds(filter: Pick<StatisticsFilter, "fromDay" | "toDay">): { start: Date; end: Date } {
  const start = new Date(`${filter.fromDay}T00:00:00+08:00`);
  const end = new Date(new Date(`${filter.toDay}T00:00:00+08:00`).getTime() + 86_400_000);
  return { start, end };
}

// The 12 months of the trend chart, ending with the month of the period's last day: ["2026-01", …].
export function trendMonths(toDay: string): string[] {
  let [y, m] = toDay.split("-").map(Number);
  const months: string[] = [];
  for (let i = 0; i < 12; i++) {
    months.unshift(`${y}-${pad(m)}`);
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return months;
}

// The query string of a filter (links, the export, the form's defaults).
export function filterQuery(filter: StatisticsFilter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  q.set("period", filter.period);
  if (filter.period === "custom") {
    q.set("from", filter.fromDay);
    q.set("to", filter.toDay);
  }
  if (filter.district) q.set("district", filter.district.toLowerCase());
  if (filter.institutionType) q.set("type", filter.institutionType.toLowerCase());
  for (const [k, v] of Object.entries(extra)) q.set(k, v);
  return q.toString();
}

export function describePeriod(filter: StatisticsFilter): string {
  const label = PERIODS.find((p) => p.value === filter.period)!.label;
  return filter.period === "custom" ? `${filter.fromDay} 至 ${filter.toDay}` : `${label}（${filter.fromDay} 至 ${filter.toDay}）`;
}

// Whole months of [fromDay, toDay] (read from the monthly rollup) and the days around them (read from the table).
export function splitPeriod(fromDay: string, toDay: string): { months: { from: string; to: string } | null; edges: { start: Date; end: Date }[] } {
  const [fy, fm, fd] = fromDay.split("-").map(Number);
  const [ty, tm, td] = toDay.split("-").map(Number);
  const next = (y: number, m: number) => (m === 12 ? dayString(y + 1, 1, 1) : dayString(y, m + 1, 1));
  const firstWhole = fd === 1 ? fromDay : next(fy, fm);
  const wholeEnd = td === lastDayOf(ty, tm) ? next(ty, tm) : dayString(ty, tm, 1);
  const at = (day: string) => new Date(`${day}T00:00:00+08:00`);
  const { start, end } = periodBounds({ fromDay, toDay });
  if (firstWhole >= wholeEnd) return { months: null, edges: [{ start, end }] };
  const edges = [];
  if (fromDay < firstWhole) edges.push({ start, end: at(firstWhole) });
  if (at(wholeEnd) < end) edges.push({ start: at(wholeEnd), end });
  return { months: { from: firstWhole, to: wholeEnd }, edges };
}

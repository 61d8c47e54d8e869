import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, InstitutionType, Region } from "@/lib/generated/prisma/enums";
import { REGIONS } from "@/lib/reference";
import { districtChart, shareChart, trendChart } from "./charts";
import { periodBounds, splitPeriod, trendMonths } from "./period";
import { activityFigures, amountCube, applicationCube, demandCube, monthlyTrend, newUsers, type Scope } from "./sql";

// 监管统计's figures for one filter, summed from the aggregates of ./sql.ts. Definitions: docs/statistics.md.
// Cached per filter ('figures' profile, expired by the tags of what they count); the caller checks the role.

export interface FilterKey {
  fromDay: string;
  toDay: string;
  district?: Region;
  institutionType?: InstitutionType;
}

export interface Rate {
  success: number; // 已授信 + 已放款
  decided: number; // + 未通过
  rate: number | null; // success ÷ decided
}

export interface InstitutionRow {
  id: string;
  name: string;
  type: InstitutionType;
  products: number; // 发布融资产品数量 (now)
  applications: number;
  matches: number; // 对接成功笔数: applications 已授信/已放款 + demands 对接成功
  lent: string; // 累计放款金额 (万) in the period
  avgResponseHours: number | null;
  success: Rate;
}

export interface DistrictRow {
  district: Region | null;
  label: string;
  applications: number;
  matches: number;
  lent: string;
  demands: number;
  success: Rate;
}

export interface Figures {
  applications: { total: number; byStatus: Record<ApplicationStatus, number> };
  approved: { count: number; amount: string };
  disbursed: { count: number; amount: string; avgDays: number | null };
  success: Rate;
  avgResponseHours: number | null;
  responded: number;
  demands: { published: number; taken: number; matched: number; overdue: number };
  activities: { activities: number; registrations: number; attendees: number };
  newUsers: { personal: number; enterprise: number };
  institutions: InstitutionRow[];
  districts: DistrictRow[];
  trend: { month: string; applications: number; lent: string }[];
}

const STATUSES: ApplicationStatus[] = ["SUBMITTED", "ACCEPTED", "APPROVED", "DISBURSED", "REJECTED", "RETURNED", "WITHDRAWN"];
const SUCCESS = new Set<ApplicationStatus>(["APPROVED", "DISBURSED"]);
const dec = (v: string | number = 0) => new Prisma.Decimal(v);
const rateOf = (success: number, decided: number): Rate => ({ success, decided, rate: decided ? success / decided : null });

interface Acc {
  applications: number;
  success: number;
  decided: number;
  responded: number;
  responseSeconds: number;
  lent: Prisma.Decimal;
  demandsMatched: number;
  demands: number;
}
const newAcc = (): Acc => ({ applications: 0, success: 0, decided: 0, responded: 0, responseSeconds: 0, lent: dec(), demandsMatched: 0, demands: 0 });

const cachedLikeFigures = () =>
  cachedAs("figures", CACHE_TAGS.applications, CACHE_TAGS.demands, CACHE_TAGS.institutions, CACHE_TAGS.products, CACHE_TAGS.activities);

// The three charts of a filter, drawn once per cached figures (drawing takes ~10 ms of CPU per chart).
export async function statisticsCharts(key: FilterKey) {
  "use cache";
  cachedLikeFigures();
  const f = await statisticsFigures(key);
  return { trend: trendChart(f.trend), share: shareChart(f.institutions), districts: districtChart(f.districts) };
}

export async function statisticsFigures(key: FilterKey): Promise<Figures> {
  "use cache";
  cachedLikeFigures();
  const { start, end } = periodBounds(key);
  const institutions = await db.institution.findMany({
    where: key.institutionType ? { type: key.institutionType } : {},
    select: { id: true, name: true, type: true, status: true },
    orderBy: [{ sortWeight: "desc" }, { name: "asc" }],
  });
  const scope: Scope = { start, end, district: key.district, institutionIds: key.institutionType ? institutions.map((i) => i.id) : undefined };
  const months = trendMonths(key.toDay);
  const parts = splitPeriod(key.fromDay, key.toDay);
  const [cube, approved, disbursed, trend, demands, activities, users, products] = await Promise.all([
    applicationCube(scope, parts),
    amountCube("approved", scope, parts),
    amountCube("disbursed", scope, parts),
    monthlyTrend(scope, splitPeriod(`${months[0]}-01`, key.toDay)),
    demandCube(scope),
    activityFigures(scope),
    newUsers(scope),
    db.product.groupBy({ by: ["institutionId"], where: { status: "PUBLISHED", institutionId: { in: institutions.map((i) => i.id) } }, _count: { _all: true } }),
  ]);

  const byInst = new Map<string, Acc>();
  const byDistrict = new Map<Region | null, Acc>();
  const accOf = <K>(map: Map<K, Acc>, k: K) => map.get(k) ?? map.set(k, newAcc()).get(k)!;
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  const total = newAcc();
  for (const c of cube) {
    byStatus[c.status] += c.n;
    const targets = [total, accOf(byDistrict, c.district), ...(c.inst ? [accOf(byInst, c.inst)] : [])];
    for (const a of targets) {
      a.applications += c.n;
      a.responded += c.responded;
      a.responseSeconds += c.responseSeconds;
      if (SUCCESS.has(c.status)) a.success += c.n;
      if (SUCCESS.has(c.status) || c.status === "REJECTED") a.decided += c.n;
    }
  }
  let lentSeconds = 0;
  for (const c of disbursed) {
    lentSeconds += c.seconds;
    for (const a of [total, accOf(byDistrict, c.district), ...(c.inst ? [accOf(byInst, c.inst)] : [])]) a.lent = a.lent.plus(c.amount);
  }
  const typeIds = scope.institutionIds ? new Set(scope.institutionIds) : null;
  const demandTotals = { published: 0, taken: 0, matched: 0, overdue: 0 };
  for (const d of demands) {
    demandTotals.published += d.n;
    demandTotals.overdue += d.overdue;
    accOf(byDistrict, d.district).demands += d.n;
    if (!d.inst || (typeIds && !typeIds.has(d.inst))) continue; // 机构类型 narrows take-ups, not what was published
    demandTotals.taken += d.n;
    if (d.status !== "MATCHED") continue;
    demandTotals.matched += d.n;
    accOf(byDistrict, d.district).demandsMatched += d.n;
    accOf(byInst, d.inst).demandsMatched += d.n;
  }

  const hours = (a: Acc) => (a.responded ? a.responseSeconds / a.responded / 3600 : null);
  const productCount = new Map(products.map((p) => [p.institutionId, p._count._all]));
  const institutionRows: InstitutionRow[] = institutions
    .filter((i) => i.status === "PUBLISHED" || byInst.has(i.id))
    .map((i) => {
      const a = byInst.get(i.id) ?? newAcc();
      return {
        id: i.id, name: i.name, type: i.type, products: productCount.get(i.id) ?? 0, applications: a.applications,
        matches: a.success + a.demandsMatched, lent: a.lent.toString(), avgResponseHours: hours(a), success: rateOf(a.success, a.decided),
      };
    });
  const districtRows: DistrictRow[] = [...REGIONS.map((r) => r.value), null]
    .filter((d) => (key.district ? d === key.district : d !== null || byDistrict.has(null)))
    .map((d) => {
      const a = byDistrict.get(d) ?? newAcc();
      return {
        district: d, label: d ? REGIONS.find((r) => r.value === d)!.label : "未注明区域", applications: a.applications,
        matches: a.success + a.demandsMatched, lent: a.lent.toString(), demands: a.demands, success: rateOf(a.success, a.decided),
      };
    });
  const monthly = new Map(months.map((m) => [m, { month: m, applications: 0, lent: dec() }]));
  for (const t of trend) {
    const m = monthly.get(t.month);
    if (!m) continue;
    if (t.kind === "submitted") m.applications += t.n;
    else m.lent = m.lent.plus(t.amount);
  }
  const disbursedCount = disbursed.reduce((n, c) => n + c.n, 0);
  return {
    applications: { total: total.applications, byStatus },
    approved: { count: approved.reduce((n, c) => n + c.n, 0), amount: approved.reduce((s, c) => s.plus(c.amount), dec()).toString() },
    disbursed: { count: disbursedCount, amount: total.lent.toString(), avgDays: disbursedCount ? lentSeconds / disbursedCount / 86400 : null },
    success: rateOf(total.success, total.decided),
    avgResponseHours: hours(total),
    responded: total.responded,
    demands: demandTotals,
    activities,
    newUsers: {
      personal: users.find((u) => u.role === "PERSONAL")?.n ?? 0,
      enterprise: users.find((u) => u.role === "ENTERPRISE")?.n ?? 0,
    },
    institutions: institutionRows,
    districts: districtRows,
    trend: [...monthly.values()].map((m) => ({ month: m.month, applications: m.applications, lent: m.lent.toString() })),
  };
}

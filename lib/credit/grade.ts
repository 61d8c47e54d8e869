import type { SourceResults } from "@/lib/services/gov-data/collect";
import type { GovSourceKind } from "@/lib/services/gov-data/types";

// The summary grade of a 信用报告: a points rule anyone can recompute from the report's own data
// (written out in docs/credit-report.md; keep the two in step). Start at 60, add or subtract per
// source, clamp to 0–100. A 失信被执行人 is graded D whatever the points.

export const BASE_SCORE = 60;

export interface GradeItem {
  source: GovSourceKind;
  rule: string; // what was counted, in the words the page shows
  points: number;
}

export interface CreditGrade {
  score: number;
  grade: "A" | "B" | "C" | "D";
  items: GradeItem[];
}

export const GRADE_LABELS: Record<CreditGrade["grade"], string> = { A: "A（优）", B: "B（良）", C: "C（中）", D: "D（差）" };

const TAX_POINTS = { A: 15, B: 10, M: 5, C: -5, D: -20 } as const;

function fullYearsBetween(from: string, to: Date): number {
  const start = new Date(`${from}T00:00:00Z`);
  let years = to.getUTCFullYear() - start.getUTCFullYear();
  const anniversary = Date.UTC(to.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
  if (to.getTime() < anniversary) years -= 1;
  return Math.max(0, years);
}

function tiered(value: number, tiers: [number, number][]): number {
  for (const [atLeast, points] of tiers) if (value >= atLeast) return points;
  return 0;
}

export function gradeReport(results: SourceResults, at: Date): CreditGrade {
  const items: GradeItem[] = [];
  const add = (source: GovSourceKind, rule: string, points: number) => {
    if (points !== 0) items.push({ source, rule, points });
  };

  const business = results.BUSINESS;
  if (business.status === "OK") {
    if (/吊销|注销/.test(business.data.status)) add("BUSINESS", `登记状态为「${business.data.status}」`, -30);
    const years = fullYearsBetween(business.data.establishedOn, at);
    add("BUSINESS", `成立满${years}年`, tiered(years, [[10, 10], [5, 8], [3, 5], [1, 2]]));
  }

  const tax = results.TAX;
  if (tax.status === "OK") add("TAX", `纳税信用等级 ${tax.data.creditGrade} 级`, TAX_POINTS[tax.data.creditGrade]);

  const social = results.SOCIAL;
  if (social.status === "OK") {
    const { insuredStaff, socialMonths, housingFundMonths } = social.data;
    if (insuredStaff !== undefined) {
      add("SOCIAL", `参保人数 ${insuredStaff} 人`, insuredStaff === 0 ? -5 : tiered(insuredStaff, [[50, 10], [10, 6], [1, 3]]));
    }
    if (socialMonths !== undefined) add("SOCIAL", `社保缴纳 ${socialMonths} 个月`, tiered(socialMonths, [[36, 10], [12, 6], [1, 3]]));
    if (housingFundMonths !== undefined) add("SOCIAL", `公积金缴存 ${housingFundMonths} 个月`, tiered(housingFundMonths, [[12, 5]]));
  }

  const judicial = results.JUDICIAL;
  let dishonest = false;
  if (judicial.status === "OK") {
    const { enforcementCases, lawsuits } = judicial.data;
    dishonest = judicial.data.dishonest;
    if (dishonest) add("JUDICIAL", "列为失信被执行人", -40);
    if (enforcementCases > 0) add("JUDICIAL", `被执行案件 ${enforcementCases} 件`, -Math.min(20, enforcementCases * 10));
    if (lawsuits >= 3) add("JUDICIAL", `涉诉案件 ${lawsuits} 件`, -5);
  }

  const penalty = results.PENALTY;
  if (penalty.status === "OK" && penalty.data.penalties.length > 0) {
    add("PENALTY", `行政处罚 ${penalty.data.penalties.length} 次`, -Math.min(15, penalty.data.penalties.length * 5));
  }

  const score = Math.max(0, Math.min(100, BASE_SCORE + items.reduce((sum, i) => sum + i.points, 0)));
  const byScore = score >= 85 ? "A" : score >= 70 ? "B" : score >= 55 ? "C" : "D";
  return { score, grade: dishonest ? "D" : byScore, items };
}

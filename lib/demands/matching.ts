import type { ApplicantType, DemandMethod, LoanMethod, ProductCategory, Region } from "@/lib/generated/prisma/enums";

// 为您匹配到以下产品 (manual 2.7): which published products fit a demand, and in which order.
// Pure functions over plain values, so the rule is unit-tested on hand-made products and the query
// (lib/demands/match-query.ts) only narrows the candidates with the same conditions in SQL.
// The rule is documented in docs/demands.md.

export interface DemandCriteria {
  applicantType: ApplicantType;
  isFirstLoan: boolean;
  amount: number; // 万
  termMonths: number;
  method: DemandMethod;
  rateFrom: number;
  rateTo: number;
  region: Region;
  institutionIds: readonly string[]; // empty = 不限
}

export interface MatchableProduct {
  id: string;
  name: string;
  institutionId: string;
  category: ProductCategory;
  isFirstLoan: boolean;
  methods: readonly LoanMethod[];
  minRate: number;
  maxAmount: number;
  maxTermMonths: number;
  regions: readonly Region[];
  featuredWeight: number;
}

export function productFits(d: DemandCriteria, p: MatchableProduct): boolean {
  return (
    (d.method === "ANY" || p.methods.includes(d.method)) &&
    p.maxAmount >= d.amount &&
    p.maxTermMonths >= d.termMonths &&
    p.minRate >= d.rateFrom &&
    p.minRate <= d.rateTo &&
    p.category === d.applicantType &&
    p.regions.includes(d.region) &&
    (d.institutionIds.length === 0 || d.institutionIds.includes(p.institutionId))
  );
}

// Ranked by fit, each key deciding only ties of the one before:
// 1. for a 首贷需求, 首贷 products first;
// 2. the lower 最低利率 (what the applicant pays);
// 3. the 最高额度 nearest above the amount (a product sized for the need before one for far larger loans);
// 4. the 最长期限 nearest above the term;
// 5. the platform's 综合排序 weight, then the name (a stable order).
export function compareFit(d: DemandCriteria) {
  return (a: MatchableProduct, b: MatchableProduct): number => {
    if (d.isFirstLoan && a.isFirstLoan !== b.isFirstLoan) return a.isFirstLoan ? -1 : 1;
    if (a.minRate !== b.minRate) return a.minRate - b.minRate;
    if (a.maxAmount !== b.maxAmount) return a.maxAmount - b.maxAmount;
    if (a.maxTermMonths !== b.maxTermMonths) return a.maxTermMonths - b.maxTermMonths;
    if (a.featuredWeight !== b.featuredWeight) return b.featuredWeight - a.featuredWeight;
    return a.name.localeCompare(b.name, "zh-CN");
  };
}

export const MAX_MATCHES = 20;

export function rankMatches<P extends MatchableProduct>(d: DemandCriteria, products: readonly P[], limit = MAX_MATCHES): P[] {
  return products.filter((p) => productFits(d, p)).sort(compareFit(d)).slice(0, limit);
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_PRODUCT } from "@/lib/catalogue/public-product";
import { MAX_MATCHES, rankMatches, type DemandCriteria } from "./matching";

// The products shown before the final submit. SQL narrows the candidates with the conditions of
// productFits (lib/demands/matching.ts) on indexed columns; the ranking runs on what is left. The
// candidates are the cheapest few hundred: the ranking's first key is 最低利率 except for 首贷 first,
// so both groups are fetched apart.
const CANDIDATES = 200;

export interface MatchedProduct {
  id: string;
  name: string;
  institutionName: string;
  isFirstLoan: boolean;
  minRate: string;
  maxAmount: string;
  maxTermMonths: number;
  methods: string[];
  applicableArea: string;
}

export async function findMatchingProducts(d: DemandCriteria): Promise<MatchedProduct[]> {
  const where: Prisma.ProductWhereInput = {
    ...PUBLIC_PRODUCT,
    category: d.applicantType,
    maxAmount: { gte: d.amount },
    maxTermMonths: { gte: d.termMonths },
    minRate: { gte: d.rateFrom, lte: d.rateTo },
    regions: { has: d.region },
    ...(d.method === "ANY" ? {} : { methods: { has: d.method } }),
    ...(d.institutionIds.length ? { institutionId: { in: [...d.institutionIds] } } : {}),
  };
  const select = {
    id: true, name: true, institutionId: true, category: true, isFirstLoan: true, methods: true, minRate: true,
    maxAmount: true, maxTermMonths: true, regions: true, featuredWeight: true, applicableArea: true,
    institution: { select: { name: true } },
  } satisfies Prisma.ProductSelect;
  const groups = d.isFirstLoan ? [{ ...where, isFirstLoan: true }, { ...where, isFirstLoan: false }] : [where];
  const rows = (await Promise.all(groups.map((w) => db.product.findMany({ where: w, select, orderBy: [{ minRate: "asc" }, { id: "asc" }], take: CANDIDATES })))).flat();
  const plain = rows.map((p) => ({ ...p, minRate: Number(p.minRate), maxAmount: Number(p.maxAmount), row: p }));
  return rankMatches(d, plain, MAX_MATCHES).map(({ row: p }) => ({
    id: p.id,
    name: p.name,
    institutionName: p.institution.name,
    isFirstLoan: p.isFirstLoan,
    minRate: p.minRate.toString(),
    maxAmount: p.maxAmount.toString(),
    maxTermMonths: p.maxTermMonths,
    methods: p.methods,
    applicableArea: p.applicableArea,
  }));
}

import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { InstitutionType, Region } from "@/lib/generated/prisma/enums";
import { enumOfSlug, type InstitutionFilters } from "./filters";
import { PUBLIC_INSTITUTION } from "./public-product";

// docs/product.md: 发布融资产品数量 = published products; 对接成功笔数 = applications that reached
// APPROVED or DISBURSED plus demands MATCHED; 累计放款金额 = sum of DISBURSED amounts (万).
export interface InstitutionFigures {
  productCount: number;
  matchCount: number;
  lentWan: string;
}

export interface InstitutionCardData extends InstitutionFigures {
  id: string;
  name: string;
  type: InstitutionType;
  serviceRegions: Region[];
  description: string | null;
  logoText: string | null;
  logoFileId: string | null;
}

const SUCCESS_STATUSES = ["APPROVED", "DISBURSED"] as const;

// Three GROUP BY queries, one per source table, for every institution at once.
export async function getInstitutionFigures(): Promise<Record<string, InstitutionFigures>> {
  "use cache";
  cachedAs("figures", CACHE_TAGS.products, CACHE_TAGS.institutions, CACHE_TAGS.applications, CACHE_TAGS.demands);
  const [products, applications, demands] = await Promise.all([
    db.product.groupBy({ by: ["institutionId"], where: { status: "PUBLISHED" }, _count: { _all: true } }),
    db.loanApplication.groupBy({
      by: ["institutionId", "status"],
      where: { status: { in: [...SUCCESS_STATUSES] }, institutionId: { not: null } },
      _count: { _all: true },
      _sum: { disbursedAmount: true },
    }),
    db.financingDemand.groupBy({
      by: ["takenByInstitutionId"],
      where: { status: "MATCHED", takenByInstitutionId: { not: null } },
      _count: { _all: true },
    }),
  ]);
  const figures: Record<string, { productCount: number; matchCount: number; lent: Prisma.Decimal }> = {};
  const entry = (id: string) => (figures[id] ??= { productCount: 0, matchCount: 0, lent: new Prisma.Decimal(0) });
  for (const p of products) entry(p.institutionId).productCount = p._count._all;
  for (const a of applications) {
    if (!a.institutionId) continue;
    const f = entry(a.institutionId);
    f.matchCount += a._count._all;
    if (a.status === "DISBURSED" && a._sum.disbursedAmount) f.lent = f.lent.plus(a._sum.disbursedAmount);
  }
  for (const d of demands) if (d.takenByInstitutionId) entry(d.takenByInstitutionId).matchCount += d._count._all;
  return Object.fromEntries(
    Object.entries(figures).map(([id, f]) => [id, { productCount: f.productCount, matchCount: f.matchCount, lentWan: f.lent.toString() }]),
  );
}


const EMPTY: InstitutionFigures = { productCount: 0, matchCount: 0, lentWan: "0" };

const SORT_KEYS: Record<InstitutionFilters["sort"], ((a: InstitutionFigures, b: InstitutionFigures) => number)[]> = {
  products: [byCount("productCount"), byCount("matchCount"), byLent],
  matches: [byCount("matchCount"), byCount("productCount"), byLent],
  lending: [byLent, byCount("matchCount"), byCount("productCount")],
};

function byCount(key: "productCount" | "matchCount") {
  return (a: InstitutionFigures, b: InstitutionFigures) => b[key] - a[key];
}

function byLent(a: InstitutionFigures, b: InstitutionFigures) {
  return new Prisma.Decimal(b.lentWan).comparedTo(new Prisma.Decimal(a.lentWan));
}

export async function listInstitutions(filters: InstitutionFilters): Promise<InstitutionCardData[]> {
  "use cache";
  cachedAs("figures", CACHE_TAGS.products, CACHE_TAGS.institutions, CACHE_TAGS.applications, CACHE_TAGS.demands);
  const where: Prisma.InstitutionWhereInput = { ...PUBLIC_INSTITUTION };
  if (filters.type) where.type = enumOfSlug(filters.type) as InstitutionType;
  if (filters.region) where.serviceRegions = { has: enumOfSlug(filters.region) as Region };
  const [rows, figures] = await Promise.all([
    db.institution.findMany({
      where,
      select: { id: true, name: true, type: true, serviceRegions: true, description: true, logoText: true, logoFileId: true, sortWeight: true },
    }),
    getInstitutionFigures(),
  ]);
  const cards = rows.map((r) => ({ ...r, ...(figures[r.id] ?? EMPTY) }));
  const keys = SORT_KEYS[filters.sort] ?? SORT_KEYS.products;
  cards.sort((a, b) => {
    for (const compare of keys) {
      const d = compare(a, b);
      if (d !== 0) return d;
    }
    return b.sortWeight - a.sortWeight || a.name.localeCompare(b.name, "zh-CN");
  });
  return cards.map(({ sortWeight: _weight, ...card }) => card);
}

export async function getInstitutionSummary(id: string) {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.institutions);
  return db.institution.findFirst({ where: { id, ...PUBLIC_INSTITUTION }, select: { id: true, name: true, type: true } });
}

export async function listInstitutionIds() {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.institutions);
  return db.institution.findMany({ where: PUBLIC_INSTITUTION, select: { id: true }, orderBy: { id: "asc" } });
}

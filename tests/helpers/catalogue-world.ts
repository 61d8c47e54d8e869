// Independent computations for the catalogue tests: every rule is written again here, on plain
// values loaded once, without the data layer's Prisma where-clauses.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { enumOfSlug, parseProductFilters, type ProductFilters } from "@/lib/catalogue/filters";
import { listProducts } from "@/lib/catalogue/queries-products";
import { AMOUNT_BUCKETS, RATE_BUCKETS, TERM_BUCKETS, type Bucket } from "@/lib/reference";

export interface PlainProduct {
  id: string;
  name: string;
  institutionId: string;
  institutionName: string;
  institutionShortName: string | null;
  institutionType: string;
  tags: string[];
  isFirstLoan: boolean;
  isRenewal: boolean;
  category: string;
  methods: string[];
  regions: string[];
  minRate: number;
  maxAmount: number;
  maxTermMonths: number;
  featuredWeight: number;
  publishedAt: number;
}

// Public products: published, of a published institution.
export async function loadPublicProducts(): Promise<PlainProduct[]> {
  const rows = await db.product.findMany({ include: { institution: true } });
  return rows
    .filter((r) => r.status === "PUBLISHED" && r.institution.status === "PUBLISHED")
    .map((r) => ({
      id: r.id,
      name: r.name,
      institutionId: r.institutionId,
      institutionName: r.institution.name,
      institutionShortName: r.institution.shortName,
      institutionType: r.institutionType,
      tags: r.tags,
      isFirstLoan: r.isFirstLoan,
      isRenewal: r.isRenewal,
      category: r.category,
      methods: r.methods,
      regions: r.regions,
      minRate: Number(r.minRate),
      maxAmount: Number(r.maxAmount),
      maxTermMonths: r.maxTermMonths,
      featuredWeight: r.featuredWeight,
      publishedAt: r.publishedAt.getTime(),
    }));
}

// Written out on purpose instead of reusing inBucket: (min, max], the first bucket from 0.
function within(list: Bucket[], value: string, x: number): boolean {
  const b = list.find((o) => o.value === value)!;
  const low = b.min === 0 ? x >= 0 : x > b.min;
  return low && (b.max === null || x <= b.max);
}

export function matches(p: PlainProduct, f: Partial<ProductFilters>): boolean {
  const has = (s: string | null, needle: string) => (s ?? "").toLowerCase().includes(needle.toLowerCase());
  if (f.org && !has(p.institutionName, f.org) && !has(p.institutionShortName, f.org)) return false;
  if (f.q && !has(p.name, f.q)) return false;
  if (f.institution && p.institutionId !== f.institution) return false;
  if (f.type && p.institutionType !== enumOfSlug(f.type)) return false;
  if (f.bank && p.institutionName !== f.bank) return false;
  if (f.tag && !p.tags.includes(enumOfSlug(f.tag))) return false;
  if (f.feature === "first-loan" && !p.isFirstLoan) return false;
  if (f.feature === "renewal" && !p.isRenewal) return false;
  if (f.category && p.category !== enumOfSlug(f.category)) return false;
  if (f.method && !p.methods.includes(enumOfSlug(f.method))) return false;
  if (f.region && !p.regions.includes(enumOfSlug(f.region))) return false;
  if (f.amount && !within(AMOUNT_BUCKETS, f.amount, p.maxAmount)) return false;
  if (f.term && !within(TERM_BUCKETS, f.term, p.maxTermMonths)) return false;
  if (f.rate && !within(RATE_BUCKETS, f.rate, p.minRate)) return false;
  return true;
}

// Every page of a listing, through the public data function.
export async function allPages(params: Record<string, string>) {
  const first = await listProducts(parseProductFilters(params));
  const items = [...first.items];
  for (let page = 2; page <= first.totalPages; page++) {
    const next = await listProducts(parseProductFilters({ ...params, page: String(page) }));
    expect(next.page).toBe(page);
    items.push(...next.items);
  }
  return { total: first.total, totalPages: first.totalPages, items };
}

export const ids = (list: { id: string }[]) => list.map((p) => p.id).sort();

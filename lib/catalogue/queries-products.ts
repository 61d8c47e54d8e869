import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InstitutionType, LoanMethod, ProductCategory, ProductTag, Region } from "@/lib/generated/prisma/enums";
import { AMOUNT_BUCKETS, RATE_BUCKETS, TERM_BUCKETS, type Bucket } from "@/lib/reference";
import { bucketOf, enumOfSlug, type ProductFilters, type ProductSort } from "./filters";
import { PUBLIC_INSTITUTION, PUBLIC_PRODUCT } from "./public-product";

export const PAGE_SIZE = 10;

export interface ProductCardData {
  id: string;
  name: string;
  institutionId: string;
  institutionName: string;
  publishedAt: string; // ISO
  minRate: string; // annual %
  maxAmount: string; // 万
  maxTermMonths: number;
  methods: LoanMethod[];
}

export interface ProductPage {
  items: ProductCardData[];
  total: number;
  page: number; // the page actually shown (clamped to the last page)
  pageSize: number;
  totalPages: number;
}

function bucketRange(bucket: Bucket | undefined): Prisma.DecimalFilter | undefined {
  if (!bucket) return undefined;
  return {
    ...(bucket.min === 0 ? { gte: 0 } : { gt: bucket.min }),
    ...(bucket.max === null ? {} : { lte: bucket.max }),
  };
}

// Filters → Prisma where. Only published products of published institutions are public.
export function productWhere(filters: Omit<ProductFilters, "sort" | "page">): Prisma.ProductWhereInput {
  const institution: Prisma.InstitutionWhereInput[] = [PUBLIC_INSTITUTION];
  if (filters.bank) institution.push({ name: filters.bank });
  if (filters.org) {
    institution.push({
      OR: [
        { name: { contains: escapeLike(filters.org), mode: "insensitive" } },
        { shortName: { contains: escapeLike(filters.org), mode: "insensitive" } },
      ],
    });
  }
  const where: Prisma.ProductWhereInput = { status: PUBLIC_PRODUCT.status, institution: { is: { AND: institution } } };
  if (filters.institution) where.institutionId = filters.institution;
  if (filters.q) where.name = { contains: escapeLike(filters.q), mode: "insensitive" };
  if (filters.type) where.institutionType = enumOfSlug(filters.type) as InstitutionType;
  if (filters.tag) where.tags = { has: enumOfSlug(filters.tag) as ProductTag };
  if (filters.feature === "first-loan") where.isFirstLoan = true;
  if (filters.feature === "renewal") where.isRenewal = true;
  if (filters.category) where.category = enumOfSlug(filters.category) as ProductCategory;
  if (filters.method) where.methods = { has: enumOfSlug(filters.method) as LoanMethod };
  if (filters.region) where.regions = { has: enumOfSlug(filters.region) as Region };
  const amount = bucketRange(bucketOf(AMOUNT_BUCKETS, filters.amount));
  if (amount) where.maxAmount = amount;
  const term = bucketOf(TERM_BUCKETS, filters.term);
  if (term) {
    where.maxTermMonths = {
      ...(term.min === 0 ? { gte: 0 } : { gt: term.min }),
      ...(term.max === null ? {} : { lte: term.max }),
    };
  }
  const rate = bucketRange(bucketOf(RATE_BUCKETS, filters.rate));
  if (rate) where.minRate = rate;
  return where;
}

// The sorts (docs/catalogue.md). Every order ends with id so pages never overlap.
// 综合排序: the admin's featured weight, then the most recently published.
export const PRODUCT_ORDER: Record<ProductSort, Prisma.ProductOrderByWithRelationInput[]> = {
  default: [{ featuredWeight: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
  rate: [{ minRate: "asc" }, { publishedAt: "desc" }, { id: "asc" }],
  amount: [{ maxAmount: "desc" }, { publishedAt: "desc" }, { id: "asc" }],
  latest: [{ publishedAt: "desc" }, { id: "asc" }],
};

const cardSelect = {
  id: true,
  name: true,
  publishedAt: true,
  minRate: true,
  maxAmount: true,
  maxTermMonths: true,
  methods: true,
  institution: { select: { id: true, name: true } },
} satisfies Prisma.ProductSelect;

type CardRow = Prisma.ProductGetPayload<{ select: typeof cardSelect }>;

function toCard(row: CardRow): ProductCardData {
  return {
    id: row.id,
    name: row.name,
    institutionId: row.institution.id,
    institutionName: row.institution.name,
    publishedAt: row.publishedAt.toISOString(),
    minRate: row.minRate.toString(),
    maxAmount: row.maxAmount.toString(),
    maxTermMonths: row.maxTermMonths,
    methods: row.methods,
  };
}

// One cache entry per normalised filter state (parseProductFilters gives a fixed key order). Text
// searches are not cached: each new one would only push a useful entry out of the bounded cache.
export async function listProducts(filters: ProductFilters): Promise<ProductPage> {
  if (filters.q || filters.org) return queryProductPage(filters);
  return listProductsCached(filters);
}

async function listProductsCached(filters: ProductFilters): Promise<ProductPage> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.products, CACHE_TAGS.institutions);
  return queryProductPage(filters);
}

async function queryProductPage(filters: ProductFilters): Promise<ProductPage> {
  const where = productWhere(filters);
  const orderBy = PRODUCT_ORDER[filters.sort] ?? PRODUCT_ORDER.default;
  const skip = (filters.page - 1) * PAGE_SIZE;
  // Count and page in parallel; a page past the end is answered with the last page.
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({ where, orderBy, skip, take: PAGE_SIZE, select: cardSelect }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  let page = filters.page;
  let items = rows;
  if (page > totalPages) {
    page = totalPages;
    items = total === 0 ? [] : await db.product.findMany({ where, orderBy, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: cardSelect });
  }
  return { items: items.map(toCard), total, page, pageSize: PAGE_SIZE, totalPages };
}

export async function listFeaturedProducts(take: number): Promise<ProductCardData[]> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.products, CACHE_TAGS.institutions);
  const rows = await db.product.findMany({ where: productWhere({}), orderBy: PRODUCT_ORDER.default, take, select: cardSelect });
  return rows.map(toCard);
}

export interface SitemapEntry {
  id: string;
  updatedAt: string;
}

export async function listPublishedProductIds(): Promise<SitemapEntry[]> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.products, CACHE_TAGS.institutions);
  const rows = await db.product.findMany({ where: productWhere({}), orderBy: { id: "asc" }, select: { id: true, updatedAt: true } });
  return rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt.toISOString() }));
}

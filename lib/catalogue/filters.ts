// The 金融超市 and 金融机构 filters: one table per page that both the UI (options, labels)
// and the parser (whitelist) read. Pure: no database, no Next.js; unit-tested.
// Unknown or malformed query values are ignored (treated as 全部), never an error.
import {
  AMOUNT_BUCKETS,
  BANKS,
  INSTITUTION_TYPES,
  LOAN_METHODS,
  PRODUCT_CATEGORIES,
  PRODUCT_FEATURES,
  PRODUCT_INSTITUTION_TYPES,
  PRODUCT_TAGS,
  RATE_BUCKETS,
  REGIONS,
  TERM_BUCKETS,
  type Bucket,
} from "@/lib/reference";
import { parseRouteId } from "@/lib/domain/ids";

export type SearchParamsInput = Record<string, string | string[] | undefined>;

export interface FilterOption {
  value: string; // what the URL carries
  label: string;
}

export interface FilterGroup<K extends string = string> {
  key: K;
  label: string;
  options: FilterOption[];
}

// Enum values travel as lower-case slugs: MICRO_LOAN → micro-loan.
export function slugOf(enumValue: string): string {
  return enumValue.toLowerCase().replace(/_/g, "-");
}

export function enumOfSlug(slug: string): string {
  return slug.toUpperCase().replace(/-/g, "_");
}

const enumOptions = (list: { value: string; label: string }[]): FilterOption[] =>
  list.map((o) => ({ value: slugOf(o.value), label: o.label }));
const bucketOptions = (list: Bucket[]): FilterOption[] => list.map((b) => ({ value: b.value, label: b.label }));

export const PRODUCT_FILTER_KEYS = [
  "type",
  "bank",
  "tag",
  "feature",
  "category",
  "method",
  "amount",
  "term",
  "region",
  "rate",
] as const;
export type ProductFilterKey = (typeof PRODUCT_FILTER_KEYS)[number];

// The filter groups of the manual (2.3, 方法一), in its order.
export const PRODUCT_FILTER_GROUPS: FilterGroup<ProductFilterKey>[] = [
  { key: "type", label: "机构类型", options: enumOptions(PRODUCT_INSTITUTION_TYPES) },
  { key: "bank", label: "银行", options: BANKS.map((name) => ({ value: name, label: name })) },
  { key: "tag", label: "标签", options: enumOptions(PRODUCT_TAGS) },
  { key: "feature", label: "特色", options: PRODUCT_FEATURES.map((f) => ({ value: f.value, label: f.label })) },
  { key: "category", label: "类型", options: enumOptions(PRODUCT_CATEGORIES) },
  { key: "method", label: "方式", options: enumOptions(LOAN_METHODS) },
  { key: "amount", label: "金额", options: bucketOptions(AMOUNT_BUCKETS) },
  { key: "term", label: "期限", options: bucketOptions(TERM_BUCKETS) },
  { key: "region", label: "地区", options: enumOptions(REGIONS) },
  { key: "rate", label: "贷款利率", options: bucketOptions(RATE_BUCKETS) },
];

// 综合排序 (default) · 利率低 · 额度高 · 发布时间. The definition of each lives in lib/data/products.ts.
export const PRODUCT_SORTS = [
  { value: "default", label: "综合排序" },
  { value: "rate", label: "利率低" },
  { value: "amount", label: "额度高" },
  { value: "latest", label: "发布时间" },
] as const;
export type ProductSort = (typeof PRODUCT_SORTS)[number]["value"];

export const TEXT_MAX_LENGTH = 50;
export const MAX_PAGE = 1000;

export type ProductFilters = {
  org?: string; // 机构名称 (contains, case-insensitive)
  q?: string; // 产品名称 (contains, case-insensitive)
  institution?: string; // one institution's products (from 金融机构)
} & { [K in ProductFilterKey]?: string } & { sort: ProductSort; page: number };

function first(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" ? v : undefined;
}

// A "+" typed into a URL arrives as a space: "1000+" → "1000 ".
function optionValue(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return raw.replace(/ $/, "+").trim();
}

export function parseText(raw: string | string[] | undefined): string | undefined {
  const v = first(raw)?.replace(/[\u0000-\u001f\u007f]/g, "").trim().replace(/\s+/g, " ");
  if (!v) return undefined;
  return Array.from(v).slice(0, TEXT_MAX_LENGTH).join("");
}

export function parsePage(raw: string | string[] | undefined): number {
  const v = first(raw)?.trim();
  if (!v || !/^\d{1,6}$/.test(v)) return 1;
  const n = Number(v);
  return n >= 1 ? Math.min(n, MAX_PAGE) : 1;
}

// Database ids are cuids (or seed-chosen slugs): letters, digits, - and _, at most 64.
export function parseId(raw: string | string[] | undefined): string | undefined {
  return parseRouteId(first(raw)?.trim()) ?? undefined;
}

// The value of one option of the group, or undefined (全部) for anything that is not one of its options.
export function pick(group: FilterGroup, raw: string | string[] | undefined): string | undefined {
  const v = optionValue(first(raw));
  return v !== undefined && group.options.some((o) => o.value === v) ? v : undefined;
}

function pickSort<T extends string>(sorts: readonly { value: T }[], raw: string | string[] | undefined, fallback: T): T {
  const v = first(raw)?.trim();
  return sorts.find((s) => s.value === v)?.value ?? fallback;
}

// Returns a new object with a fixed key order and no undefined values: usable as a cache key.
export function parseProductFilters(params: SearchParamsInput): ProductFilters {
  const filters: ProductFilters = { sort: "default", page: 1 };
  const org = parseText(params.org);
  const q = parseText(params.q);
  const institution = parseId(params.institution);
  if (org) filters.org = org;
  if (q) filters.q = q;
  if (institution) filters.institution = institution;
  for (const group of PRODUCT_FILTER_GROUPS) {
    const value = pick(group, params[group.key]);
    if (value !== undefined) filters[group.key] = value;
  }
  filters.sort = pickSort(PRODUCT_SORTS, params.sort, "default");
  filters.page = parsePage(params.page);
  return normaliseProductFilters(filters);
}

const PRODUCT_KEY_ORDER = ["org", "q", "institution", ...PRODUCT_FILTER_KEYS, "sort", "page"] as const;

export function normaliseProductFilters(filters: ProductFilters): ProductFilters {
  const out: Record<string, string | number> = {};
  for (const key of PRODUCT_KEY_ORDER) {
    const value = filters[key];
    if (value !== undefined && value !== "") out[key] = value;
  }
  return { ...out, sort: filters.sort ?? "default", page: filters.page ?? 1 } as ProductFilters;
}

// How many conditions narrow the list (text searches and ?institution included; sort and page not).
export function activeFilterCount(filters: ProductFilters): number {
  const keys = ["org", "q", "institution", ...PRODUCT_FILTER_KEYS] as const;
  return keys.filter((k) => filters[k] !== undefined).length;
}

// SEO: the plain list and single-option pages (one filter group, page 1, default sort) are
// indexable; deeper combinations, text searches, sorts and later pages are `noindex, follow`.
export function isIndexableProductQuery(filters: ProductFilters): boolean {
  if (filters.org || filters.q || filters.sort !== "default" || filters.page !== 1) return false;
  return activeFilterCount(filters) <= 1;
}

export function bucketOf(buckets: Bucket[], value: string | undefined): Bucket | undefined {
  return value === undefined ? undefined : buckets.find((b) => b.value === value);
}

// Bucket rule: the first bucket starts at 0 inclusive; other lower bounds are exclusive; upper bounds inclusive.
export function inBucket(bucket: Bucket, value: number): boolean {
  const aboveMin = bucket.min === 0 ? value >= 0 : value > bucket.min;
  return aboveMin && (bucket.max === null || value <= bucket.max);
}

// ---------- 金融机构 ----------

export const INSTITUTION_FILTER_GROUPS: FilterGroup<"region" | "type">[] = [
  { key: "region", label: "服务区域", options: enumOptions(REGIONS) },
  { key: "type", label: "机构类型", options: enumOptions(INSTITUTION_TYPES) },
];

export const INSTITUTION_SORTS = [
  { value: "products", label: "产品数量排序" },
  { value: "matches", label: "对接成功笔数排序" },
  { value: "lending", label: "累计放款金额排序" },
] as const;
export type InstitutionSort = (typeof INSTITUTION_SORTS)[number]["value"];

export interface InstitutionFilters {
  region?: string;
  type?: string;
  sort: InstitutionSort;
}

// Fixed key order (region, type, sort), like the product filters.
export function parseInstitutionFilters(params: SearchParamsInput): InstitutionFilters {
  const out: Partial<InstitutionFilters> = {};
  for (const group of INSTITUTION_FILTER_GROUPS) {
    const value = pick(group, params[group.key]);
    if (value !== undefined) out[group.key] = value;
  }
  return { ...out, sort: pickSort(INSTITUTION_SORTS, params.sort, "products") };
}

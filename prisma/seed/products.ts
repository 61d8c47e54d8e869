// Step: the published products of 金融超市. Every option of every filter group has at least one product
// (checked below before anything is written).
import type { LoanMethod, ProductTag, Region } from "@/lib/generated/prisma/enums";
import { AMOUNT_BUCKETS, BANKS, LOAN_METHODS, PRODUCT_INSTITUTION_TYPES, RATE_BUCKETS, REGIONS, TERM_BUCKETS, type Bucket } from "@/lib/reference";
import { institutionSpec, regionsOf } from "./institutions";
import { CITY_PRODUCTS } from "./product-data-city";
import { LOCAL_PRODUCTS } from "./product-data-local";
import { RURAL_PRODUCTS } from "./product-data-rural";
import type { ProductSpec } from "./product-spec";
import { productText, type Profile } from "./product-text";
import { cst, type Db, institutionIdsByName, report, seedId } from "./util";

export const PRODUCT_SPECS: ProductSpec[] = [...RURAL_PRODUCTS, ...CITY_PRODUCTS, ...LOCAL_PRODUCTS];

const INCLUSIVE_PROFILES: Profile[] = ["farmer", "merchant", "startup", "smallbiz", "agribiz", "firstloan", "guarantee", "insurance", "renewal"];
const TRANSACTION_PROFILES: Profile[] = ["supply", "tax"];

export function productKey(spec: Pick<ProductSpec, "inst" | "name">): string {
  return `product:${spec.inst}:${spec.name}`;
}

function defaultTags(profile: Profile): ProductTag[] {
  if (INCLUSIVE_PROFILES.includes(profile)) return ["INCLUSIVE"];
  if (TRANSACTION_PROFILES.includes(profile)) return ["TRANSACTION"];
  return [];
}

function areaText(regions: Region[]): string {
  if (regions.length === REGIONS.length) return "天水市";
  return "天水市" + regions.map((r) => REGIONS.find((x) => x.value === r)!.label).join("、");
}

const METHOD_LABEL = (m: LoanMethod) => LOAN_METHODS.find((x) => x.value === m)!.label;

export function productRows(institutionIds: Map<string, { id: string; type: string }>) {
  return PRODUCT_SPECS.map((spec) => {
    const inst = institutionSpec(spec.inst);
    const instRow = institutionIds.get(spec.inst);
    if (!instRow) throw new Error(`Institution missing for product ${spec.name}: ${spec.inst}`);
    const regions = spec.regions ?? regionsOf(inst);
    const area = spec.area ?? areaText(regions);
    const text = productText(spec.profile, {
      name: spec.name,
      inst: inst.fullName,
      amount: spec.amount,
      term: spec.term,
      rate: spec.rate,
      area: area === "天水市" ? "天水市" : area.replace(/^天水市/, ""),
      methods: spec.methods.map(METHOD_LABEL).join("、"),
      note: spec.note,
    });
    return {
      id: seedId(productKey(spec)),
      institutionId: instRow.id,
      institutionType: inst.type,
      name: spec.name,
      tags: spec.tags ?? defaultTags(spec.profile),
      isFirstLoan: spec.first ?? false,
      isRenewal: spec.renewal ?? false,
      category: spec.cat,
      methods: spec.methods,
      minRate: spec.rate,
      maxAmount: spec.amount,
      maxTermMonths: spec.term,
      regions,
      applicableArea: area,
      highlights: spec.highlights,
      ...text,
      ...spec.text,
      featuredWeight: spec.featured ?? 0,
      status: spec.status ?? ("PUBLISHED" as const),
      publishedAt: cst(spec.date, 10),
      createdAt: cst(spec.date, 9),
    };
  });
}

type Row = ReturnType<typeof productRows>[number];

const inBucket = (b: Bucket, v: number, zeroInclusive = false) =>
  (zeroInclusive && b.min === 0 ? v >= 0 : v > b.min) && (b.max === null || v <= b.max);

/** Names of filter options (金融超市) that no published product matches; empty when all are covered. */
export function uncoveredFilterOptions(rows: Row[]): string[] {
  const published = rows.filter((r) => r.status === "PUBLISHED");
  const missing: string[] = [];
  const need = (label: string, ok: (r: Row) => boolean) => {
    if (!published.some(ok)) missing.push(label);
  };
  const byInstitution = new Map(PRODUCT_SPECS.map((s) => [seedId(productKey(s)), s.inst]));
  for (const bank of BANKS) need(`银行 ${bank}`, (r) => byInstitution.get(r.id) === bank);
  for (const t of PRODUCT_INSTITUTION_TYPES) need(`机构类型 ${t.label}`, (r) => r.institutionType === t.value);
  need("标签 普惠类", (r) => r.tags.includes("INCLUSIVE"));
  need("标签 交易类", (r) => r.tags.includes("TRANSACTION"));
  need("特色 首贷", (r) => r.isFirstLoan);
  need("特色 续贷", (r) => r.isRenewal);
  need("类型 个人类", (r) => r.category === "PERSONAL");
  need("类型 企业类", (r) => r.category === "ENTERPRISE");
  for (const m of LOAN_METHODS) need(`方式 ${m.label}`, (r) => r.methods.includes(m.value));
  for (const b of AMOUNT_BUCKETS) need(`金额 ${b.label}`, (r) => inBucket(b, r.maxAmount));
  for (const b of TERM_BUCKETS) need(`期限 ${b.label}`, (r) => inBucket(b, r.maxTermMonths));
  for (const b of RATE_BUCKETS) need(`利率 ${b.label}`, (r) => inBucket(b, r.minRate, true));
  for (const region of REGIONS) need(`地区 ${region.label}`, (r) => r.regions.includes(region.value));
  return missing;
}

export async function seedProducts(db: Db): Promise<void> {
  const rows = productRows(await institutionIdsByName(db));
  const missing = uncoveredFilterOptions(rows);
  if (missing.length) throw new Error(`Seed products leave filter options empty: ${missing.join(", ")}`);
  const { count } = await db.product.createMany({ data: rows, skipDuplicates: true });
  report("products", rows.length, count, "products");
}

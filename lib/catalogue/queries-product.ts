import "server-only";
import { cachedAs } from "@/lib/cache/cached";
import { CACHE_TAGS, productTag } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { InstitutionType, LoanMethod, ProductCategory, ProductTag, Region } from "@/lib/generated/prisma/enums";
import { PUBLIC_PRODUCT } from "./public-product";

export interface ProductDetail {
  id: string;
  name: string;
  institution: { id: string; name: string; type: InstitutionType; contactPhone: string | null };
  institutionType: InstitutionType;
  tags: ProductTag[];
  isFirstLoan: boolean;
  isRenewal: boolean;
  category: ProductCategory;
  methods: LoanMethod[];
  minRate: string;
  maxAmount: string;
  maxTermMonths: number;
  regions: Region[];
  applicableArea: string;
  highlights: string;
  introduction: string;
  repaymentMethod: string;
  prepayment: string;
  ageRequirement: string | null;
  businessRequirement: string | null;
  workRequirement: string | null;
  assetRequirement: string | null;
  incomeRequirement: string | null;
  requiredMaterials: string | null;
  publishedAt: string;
  updatedAt: string;
}

export interface ProductFigures {
  applications: number; // every application to this product
  matches: number; // reached 已授信 or 已放款
  lentWan: string; // sum of 放款金额 of 已放款
}

// A public product's page data (lib/catalogue/public-product.ts), or null.
export async function getProduct(id: string): Promise<ProductDetail | null> {
  "use cache";
  cachedAs("catalogue", CACHE_TAGS.products, CACHE_TAGS.institutions, productTag(id));
  const row = await db.product.findFirst({
    where: { id, ...PUBLIC_PRODUCT },
    include: { institution: { select: { id: true, name: true, type: true, contactPhone: true } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    institution: row.institution,
    institutionType: row.institutionType,
    tags: row.tags,
    isFirstLoan: row.isFirstLoan,
    isRenewal: row.isRenewal,
    category: row.category,
    methods: row.methods,
    minRate: row.minRate.toString(),
    maxAmount: row.maxAmount.toString(),
    maxTermMonths: row.maxTermMonths,
    regions: row.regions,
    applicableArea: row.applicableArea,
    highlights: row.highlights,
    introduction: row.introduction,
    repaymentMethod: row.repaymentMethod,
    prepayment: row.prepayment,
    ageRequirement: row.ageRequirement,
    businessRequirement: row.businessRequirement,
    workRequirement: row.workRequirement,
    assetRequirement: row.assetRequirement,
    incomeRequirement: row.incomeRequirement,
    requiredMaterials: row.requiredMaterials,
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// One GROUP BY over the product's applications (index LoanApplication(productId, status)).
export async function getProductFigures(id: string): Promise<ProductFigures> {
  "use cache";
  cachedAs("figures", CACHE_TAGS.applications, productTag(id));
  const groups = await db.loanApplication.groupBy({
    by: ["status"],
    where: { productId: id },
    _count: { _all: true },
    _sum: { disbursedAmount: true },
  });
  let applications = 0;
  let matches = 0;
  let lent = "0";
  for (const g of groups) {
    applications += g._count._all;
    if (g.status === "APPROVED" || g.status === "DISBURSED") matches += g._count._all;
    if (g.status === "DISBURSED") lent = (g._sum.disbursedAmount ?? 0).toString();
  }
  return { applications, matches, lentWan: lent };
}

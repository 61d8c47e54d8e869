import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ProductDetail } from "@/lib/catalogue/queries-product";

// Reads of 产品管理: an institution's staff see their institution's products only (another's is null →
// not found); the 金融办 sees all, with the review queue first.

const listSelect = {
  id: true, name: true, category: true, status: true, reviewStatus: true, reviewNote: true, submittedAt: true, updatedAt: true,
  institution: { select: { name: true } },
} satisfies Prisma.ProductSelect;

export async function listOrgProducts(actor: Actor, opts: { page: number }) {
  if (actor.role !== "STAFF" || !actor.institutionId) return toPage([], 0, opts.page);
  const where = { institutionId: actor.institutionId };
  const [items, total] = await Promise.all([
    db.product.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], select: listSelect, ...pageWindow(opts.page, 20) }),
    db.product.count({ where }),
  ]);
  return toPage(items, total, opts.page, 20);
}

export async function getOrgProduct(actor: Actor, id: string) {
  if (actor.role !== "STAFF" || !actor.institutionId) return null;
  return db.product.findFirst({ where: { id, institutionId: actor.institutionId }, include: { institution: { select: { id: true, name: true, type: true, contactPhone: true } } } });
}

export async function isManager(actor: Actor): Promise<boolean> {
  if (actor.role !== "STAFF") return false;
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { staffRole: true } });
  return user?.staffRole === "MANAGER";
}

export async function listAdminProducts(actor: Actor, opts: { page: number; pending: boolean }) {
  if (!isAdmin(actor)) return toPage([], 0, opts.page);
  const where: Prisma.ProductWhereInput = opts.pending ? { reviewStatus: "PENDING" } : {};
  const [items, total] = await Promise.all([
    db.product.findMany({
      where,
      orderBy: opts.pending ? [{ submittedAt: "asc" }, { id: "asc" }] : [{ updatedAt: "desc" }, { id: "asc" }],
      select: listSelect,
      ...pageWindow(opts.page, 20),
    }),
    db.product.count({ where }),
  ]);
  return toPage(items, total, opts.page, 20);
}

export async function getAdminProduct(actor: Actor, id: string) {
  if (!isAdmin(actor)) return null;
  return db.product.findUnique({ where: { id }, include: { institution: { select: { id: true, name: true, type: true, contactPhone: true } } } });
}

type Row = NonNullable<Awaited<ReturnType<typeof getAdminProduct>>>;

// The preview shows the product as its public page will (components/products/product-facts.tsx).
export function previewOf(row: Row): ProductDetail {
  return {
    ...row,
    minRate: row.minRate.toString(),
    maxAmount: row.maxAmount.toString(),
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function productFormValues(row: Row): Record<string, string | string[]> {
  const features = [...(row.isFirstLoan ? ["first-loan"] : []), ...(row.isRenewal ? ["renewal"] : [])];
  return {
    name: row.name, category: row.category, tags: row.tags, features, methods: row.methods, minRate: row.minRate.toString(),
    maxAmount: row.maxAmount.toString(), maxTermMonths: String(row.maxTermMonths), regions: row.regions, applicableArea: row.applicableArea,
    highlights: row.highlights, introduction: row.introduction, repaymentMethod: row.repaymentMethod, prepayment: row.prepayment,
    ageRequirement: row.ageRequirement ?? "", businessRequirement: row.businessRequirement ?? "", workRequirement: row.workRequirement ?? "",
    assetRequirement: row.assetRequirement ?? "", incomeRequirement: row.incomeRequirement ?? "", requiredMaterials: row.requiredMaterials ?? "",
  };
}


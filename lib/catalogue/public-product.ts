import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// The one definition of a public product: published, by a published institution. Every listing, the
// product page, the sitemap, 立即申请 and 咨询 use it, so a product whose page answers 404 can be
// neither applied for nor asked about.
export const PUBLIC_INSTITUTION = { status: "PUBLISHED" } satisfies Prisma.InstitutionWhereInput;

export const PUBLIC_PRODUCT = {
  status: "PUBLISHED",
  institution: { is: PUBLIC_INSTITUTION },
} satisfies Prisma.ProductWhereInput;

const applicableSelect = {
  id: true,
  name: true,
  institutionId: true,
  category: true,
  isFirstLoan: true,
  maxAmount: true,
  maxTermMonths: true,
} satisfies Prisma.ProductSelect;

export function findPublicProduct(id: string) {
  return db.product.findFirst({ where: { id, ...PUBLIC_PRODUCT }, select: applicableSelect });
}

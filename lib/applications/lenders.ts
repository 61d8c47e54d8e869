import { db } from "@/lib/db";
import type { InstitutionType } from "@/lib/generated/prisma/enums";

// Institutions that can hold the loan being renewed or bridged (贷款机构).
export const LENDER_TYPES: InstitutionType[] = ["BANK", "MICRO_LOAN"];
// Institutions that see open 续贷 (是否接受其他金融机构 = 是) and may take them.
export const OPEN_RENEWAL_TYPES: InstitutionType[] = ["BANK"];

export function listLenders() {
  return db.institution.findMany({
    where: { status: "PUBLISHED", type: { in: LENDER_TYPES } },
    orderBy: [{ sortWeight: "desc" }, { name: "asc" }],
    select: { id: true, name: true, type: true },
  });
}

export async function isLender(institutionId: string): Promise<boolean> {
  const found = await db.institution.findFirst({
    where: { id: institutionId, status: "PUBLISHED", type: { in: LENDER_TYPES } },
    select: { id: true },
  });
  return !!found;
}

// The institution the admin designates for 转贷 (Institution.isBridgeLoanProvider).
export function findBridgeProvider() {
  return db.institution.findFirst({
    where: { isBridgeLoanProvider: true, status: "PUBLISHED" },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, contactPhone: true },
  });
}

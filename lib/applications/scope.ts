import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isStaff, type Actor } from "./actor";
import { NotFoundError } from "./errors";
import { OPEN_RENEWAL_TYPES } from "./service-applications";

// Which applications a staff member's institution may see:
// - those it handles (institutionId), whatever their kind;
// - open 续贷 (no handling institution yet) that name it as 贷款机构;
// - open 续贷 that accept other institutions, while still 待受理, if it is a bank.
export async function staffApplicationScope(actor: Actor): Promise<Prisma.LoanApplicationWhereInput> {
  if (!isStaff(actor)) throw new NotFoundError("申请");
  const institution = await db.institution.findUnique({ where: { id: actor.institutionId }, select: { type: true } });
  if (!institution) throw new NotFoundError("申请");
  const openFor: Prisma.LoanApplicationWhereInput[] = [{ originalInstitutionId: actor.institutionId }];
  if (OPEN_RENEWAL_TYPES.includes(institution.type)) openFor.push({ acceptOtherInstitutions: true, status: "SUBMITTED" });
  return {
    OR: [{ institutionId: actor.institutionId }, { kind: "RENEWAL", institutionId: null, OR: openFor }],
  };
}

// An applicant sees only their own applications.
export function applicantScope(actor: Actor): Prisma.LoanApplicationWhereInput {
  return { applicantId: actor.id };
}

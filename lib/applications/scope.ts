import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isStaff, type Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { OPEN_RENEWAL_TYPES } from "./lenders";

// Which applications a staff member's institution may see, as two disjoint parts:
// - handled: those it handles (institutionId), whatever their kind;
// - open: 续贷 without a handling institution yet that name it as 贷款机构, or that accept other
//   institutions while still 待受理 (banks only).
// Lists query the parts separately: each is one ordered index scan, where their OR was a bitmap scan
// of every row the institution ever received (seconds with 40,000 of them).
export async function staffScopeParts(
  actor: Actor,
): Promise<{ handled: Prisma.LoanApplicationWhereInput; open: Prisma.LoanApplicationWhereInput }> {
  if (!isStaff(actor)) throw new NotFoundError("申请");
  const institution = await db.institution.findUnique({ where: { id: actor.institutionId }, select: { type: true } });
  if (!institution) throw new NotFoundError("申请");
  const openFor: Prisma.LoanApplicationWhereInput[] = [{ originalInstitutionId: actor.institutionId }];
  if (OPEN_RENEWAL_TYPES.includes(institution.type)) openFor.push({ acceptOtherInstitutions: true, status: "SUBMITTED" });
  return {
    handled: { institutionId: actor.institutionId },
    open: { kind: "RENEWAL", institutionId: null, OR: openFor },
  };
}

export async function staffApplicationScope(actor: Actor): Promise<Prisma.LoanApplicationWhereInput> {
  const { handled, open } = await staffScopeParts(actor);
  return { OR: [handled, open] };
}

// An applicant sees only their own applications.
export function applicantScope(actor: Actor): Prisma.LoanApplicationWhereInput {
  return { applicantId: actor.id };
}

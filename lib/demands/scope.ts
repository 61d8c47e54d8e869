import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { InstitutionType } from "@/lib/generated/prisma/enums";
import { isStaff, type Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";

// Which demands an institution's staff may see:
// - taken: those it took up (对接中, 对接成功, and closed after it), with the contact data;
// - open: 待对接 demands addressed to it, or with 期望机构 不限 when its type takes such demands
//   (the 期望机构 list is of banks, so 不限 means any bank) — unless it declined them (无法满足).
// Anything else, including a demand another institution took, answers 404.
export const ANY_DEMAND_TAKER_TYPES: readonly InstitutionType[] = ["BANK"];

export interface StaffDemandScope {
  institutionId: string;
  institutionName: string;
  takesAnyDemand: boolean; // 期望机构 不限 demands are offered to it
  taken: Prisma.FinancingDemandWhereInput;
  open: Prisma.FinancingDemandWhereInput;
}

export async function staffDemandScope(actor: Actor): Promise<StaffDemandScope> {
  if (!isStaff(actor)) throw new NotFoundError("需求");
  const institution = await db.institution.findUnique({ where: { id: actor.institutionId }, select: { id: true, name: true, type: true } });
  if (!institution) throw new NotFoundError("需求");
  const addressed: Prisma.FinancingDemandWhereInput[] = [{ expectedInstitutions: { some: { institutionId: institution.id } } }];
  if (ANY_DEMAND_TAKER_TYPES.includes(institution.type)) addressed.push({ anyInstitution: true });
  return {
    institutionId: institution.id,
    institutionName: institution.name,
    takesAnyDemand: ANY_DEMAND_TAKER_TYPES.includes(institution.type),
    taken: { takenByInstitutionId: institution.id },
    open: { status: "OPEN", OR: addressed, declines: { none: { institutionId: institution.id } } },
  };
}

// The same scope as disjoint parts, each readable in createdAt order on its own index, so that a list
// of 100,000 demands is a merge of short ordered reads rather than one OR over the table
// (docs/demands.md). Disjoint: taken rows are this institution's; open rows are not taken, and a
// 不限 demand has no 期望机构 rows.
export function staffDemandScopeParts(scope: StaffDemandScope, anyTaker: boolean): Prisma.FinancingDemandWhereInput[] {
  const open = { status: "OPEN", takenByInstitutionId: null, declines: { none: { institutionId: scope.institutionId } } } as const;
  return [
    scope.taken,
    { ...open, anyInstitution: false, expectedInstitutions: { some: { institutionId: scope.institutionId } } },
    ...(anyTaker ? [{ ...open, anyInstitution: true }] : []),
  ];
}

export function ownerScope(actor: Actor): Prisma.FinancingDemandWhereInput {
  return { userId: actor.id };
}

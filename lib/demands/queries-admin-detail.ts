import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isAdmin, type Actor } from "@/lib/domain/actor";

export const rowSelectForAdmin = {
  id: true, number: true, isFirstLoan: true, applicantType: true, amount: true, termMonths: true, method: true, status: true,
  region: true, anyInstitution: true, createdAt: true, responseDueAt: true, overdueAt: true, enterpriseName: true, realName: true,
  takenBy: { select: { name: true } },
  expectedInstitutions: { select: { institution: { select: { id: true, name: true } } } },
} satisfies Prisma.FinancingDemandSelect;

export type AdminDemandRow = Prisma.FinancingDemandGetPayload<{ select: typeof rowSelectForAdmin }>;

// One demand with its full history, for the admin only.
export async function getDemandForAdmin(actor: Actor, demandId: string) {
  if (!isAdmin(actor)) return null;
  const d = await db.financingDemand.findUnique({
    where: { id: demandId },
    select: {
      ...rowSelectForAdmin,
      userId: true, purpose: true, rateFrom: true, rateTo: true, gender: true, phone: true, matchedAmount: true, takenAt: true, takenByInstitutionId: true,
      declines: { select: { reason: true, createdAt: true, institution: { select: { name: true } } } },
      history: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, event: true, actorRole: true, comment: true, amount: true, createdAt: true, institutionId: true },
      },
    },
  });
  if (!d) return null;
  const ids = [...new Set(d.history.map((h) => h.institutionId).filter((id): id is string => !!id))];
  const names = ids.length ? await db.institution.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return { ...d, historyInstitutions: Object.fromEntries(names.map((n) => [n.id, n.name])) as Record<string, string> };
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemandStatus, Region } from "@/lib/generated/prisma/enums";
import { pageWindow, toPage, type Page } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { getDemandForAdmin, rowSelectForAdmin, type AdminDemandRow } from "./queries-admin-detail";

// 需求总览 (/admin): all demands with filters and counts. 超时 is read from the deadline itself
// (待对接 and past responseDueAt), so the list is right even before the reminder job has run.

export interface AdminDemandFilters {
  status?: DemandStatus;
  institutionId?: string; // addressed to or taken by
  region?: Region;
  firstLoan?: boolean;
  overdue?: boolean;
  page: number;
}

export function overdueWhere(now: Date): Prisma.FinancingDemandWhereInput {
  return { status: "OPEN", responseDueAt: { lte: now } };
}

function whereOf(f: AdminDemandFilters, now: Date): Prisma.FinancingDemandWhereInput {
  const parts: Prisma.FinancingDemandWhereInput[] = [];
  if (f.status) parts.push({ status: f.status });
  if (f.institutionId) parts.push({ OR: [{ takenByInstitutionId: f.institutionId }, { expectedInstitutions: { some: { institutionId: f.institutionId } } }] });
  if (f.region) parts.push({ region: f.region });
  if (f.firstLoan !== undefined) parts.push({ isFirstLoan: f.firstLoan });
  if (f.overdue) parts.push(overdueWhere(now));
  return { AND: parts };
}

export interface AdminDemandCounts {
  total: number;
  byStatus: Record<DemandStatus, number>;
  overdue: number;
  firstLoan: number;
}

export async function listDemandsForAdmin(actor: Actor, f: AdminDemandFilters, now: Date): Promise<Page<AdminDemandRow> & { counts: AdminDemandCounts }> {
  if (!isAdmin(actor)) throw new NotFoundError("需求");
  const where = whereOf(f, now);
  const [items, total, grouped, overdue, firstLoan] = await Promise.all([
    db.financingDemand.findMany({ where, select: rowSelectForAdmin, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(f.page, 20) }),
    db.financingDemand.count({ where }),
    db.financingDemand.groupBy({ by: ["status"], where, _count: { _all: true } }),
    db.financingDemand.count({ where: { AND: [where, overdueWhere(now)] } }),
    db.financingDemand.count({ where: { AND: [where, { isFirstLoan: true }] } }),
  ]);
  const byStatus = { OPEN: 0, IN_PROGRESS: 0, MATCHED: 0, CLOSED: 0 } as Record<DemandStatus, number>;
  for (const g of grouped) byStatus[g.status] = g._count._all;
  return { ...toPage(items, total, f.page, 20), counts: { total, byStatus, overdue, firstLoan } };
}

export { getDemandForAdmin };

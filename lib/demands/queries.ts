import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemandStatus, Region } from "@/lib/generated/prisma/enums";
import { pageWindow, toPage, type Page } from "@/lib/db/paginate";
import type { Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";
import { maskName, maskPhone } from "@/lib/mask";
import { BANKS } from "@/lib/reference";
import { ownerScope, staffDemandScope, staffDemandScopeParts } from "./scope";

// Reads of 需求管理 (the owner), 机构工作台 → 融资需求 (staff) — always scoped by the actor: a demand
// that is not theirs is null (→ 404). The admin's reads are in queries-admin.ts.

const rowSelect = {
  id: true, number: true, isFirstLoan: true, applicantType: true, amount: true, termMonths: true, method: true,
  status: true, region: true, anyInstitution: true, createdAt: true, responseDueAt: true, overdueAt: true,
  takenBy: { select: { name: true } },
  expectedInstitutions: { select: { institution: { select: { id: true, name: true } } } },
} satisfies Prisma.FinancingDemandSelect;

const detailSelect = {
  ...rowSelect,
  userId: true, purpose: true, rateFrom: true, rateTo: true, realName: true, gender: true, phone: true, enterpriseName: true,
  matchedAmount: true, takenAt: true, takenByInstitutionId: true,
  history: {
    orderBy: { createdAt: "asc" },
    select: { id: true, fromStatus: true, toStatus: true, event: true, actorRole: true, comment: true, amount: true, createdAt: true, institutionId: true },
  },
} satisfies Prisma.FinancingDemandSelect;

export type DemandRow = Prisma.FinancingDemandGetPayload<{ select: typeof rowSelect }>;
export type DemandDetail = Prisma.FinancingDemandGetPayload<{ select: typeof detailSelect }> & { historyInstitutions: Record<string, string> };

export const PAGE_SIZE = 10;

async function withInstitutionNames(d: Prisma.FinancingDemandGetPayload<{ select: typeof detailSelect }>): Promise<DemandDetail> {
  const ids = [...new Set(d.history.map((h) => h.institutionId).filter((id): id is string => !!id))];
  const names = ids.length ? await db.institution.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : [];
  return { ...d, historyInstitutions: Object.fromEntries(names.map((n) => [n.id, n.name])) };
}

export async function listMyDemands(actor: Actor, opts: { status?: DemandStatus; page: number }): Promise<Page<DemandRow>> {
  const where: Prisma.FinancingDemandWhereInput = { ...ownerScope(actor), ...(opts.status ? { status: opts.status } : {}) };
  const [items, total] = await Promise.all([
    db.financingDemand.findMany({ where, select: rowSelect, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(opts.page, PAGE_SIZE) }),
    db.financingDemand.count({ where }),
  ]);
  return toPage(items, total, opts.page, PAGE_SIZE);
}

export async function getMyDemand(actor: Actor, demandId: string): Promise<DemandDetail | null> {
  const d = await db.financingDemand.findFirst({ where: { AND: [{ id: demandId }, ownerScope(actor)] }, select: detailSelect });
  return d ? withInstitutionNames(d) : null;
}

// ---------- staff ----------

export interface OrgDemandFilters {
  status?: DemandStatus;
  firstLoan?: boolean;
  region?: Region;
  page: number;
}

export function orgDemandFilters(f: OrgDemandFilters): Prisma.FinancingDemandWhereInput[] {
  const parts: Prisma.FinancingDemandWhereInput[] = [];
  if (f.status) parts.push({ status: f.status });
  if (f.firstLoan !== undefined) parts.push({ isFirstLoan: f.firstLoan });
  if (f.region) parts.push({ region: f.region });
  return parts;
}

const NEWEST_FIRST = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.FinancingDemandOrderByWithRelationInput[];
const newestFirst = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

// The console counts at most this many demands: an exact count of tens of thousands of rows costs more
// than the page itself, and nobody pages that far — past it the page asks to narrow the filters.
export const ORG_LIST_COUNT_CAP = 2_000;

export async function listOrgDemands(
  actor: Actor,
  f: OrgDemandFilters,
  countCap = ORG_LIST_COUNT_CAP,
): Promise<Page<DemandRow> & { institutionId: string; capped: boolean }> {
  const scope = await staffDemandScope(actor);
  const filters = orgDemandFilters(f);
  const wheres = staffDemandScopeParts(scope, scope.takesAnyDemand).map((part) => ({ AND: [part, ...filters] }));
  const page = Math.min(f.page, Math.ceil(countCap / PAGE_SIZE));
  const { skip, take } = pageWindow(page, PAGE_SIZE);
  const totals = await Promise.all(wheres.map((where) => db.financingDemand.count({ where, take: countCap + 1 })));
  const nonEmpty = wheres.filter((_, i) => totals[i] > 0);
  const read = (where: Prisma.FinancingDemandWhereInput, window: { skip?: number; take: number }) =>
    db.financingDemand.findMany({ where, select: rowSelect, orderBy: NEWEST_FIRST, ...window });
  // The parts are disjoint and each is read in order: the page of their union is the same slice of
  // the first skip + take rows of each.
  const items =
    nonEmpty.length <= 1
      ? nonEmpty.length
        ? await read(nonEmpty[0], { skip, take })
        : []
      : (await Promise.all(nonEmpty.map((where) => read(where, { take: skip + take }))))
          .flat()
          .sort(newestFirst)
          .slice(skip, skip + take);
  const counted = totals.reduce((a, b) => a + b, 0);
  const capped = counted > countCap;
  return { ...toPage(items, Math.min(counted, countCap), page, PAGE_SIZE), institutionId: scope.institutionId, capped };
}

// Contact data are masked until this institution has taken the demand up.
export async function getOrgDemand(actor: Actor, demandId: string): Promise<(DemandDetail & { contactVisible: boolean; mine: boolean }) | null> {
  let scope;
  try {
    scope = await staffDemandScope(actor);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
  const d = await db.financingDemand.findFirst({ where: { AND: [{ id: demandId }, { OR: [scope.taken, scope.open] }] }, select: detailSelect });
  if (!d) return null;
  const mine = d.takenByInstitutionId === scope.institutionId;
  const detail = await withInstitutionNames(d);
  if (mine) return { ...detail, contactVisible: true, mine };
  return {
    ...detail,
    realName: maskName(d.realName),
    phone: maskPhone(d.phone),
    enterpriseName: d.enterpriseName ? maskName(d.enterpriseName) : null,
    contactVisible: false,
    mine,
  };
}

// 期望机构 in the form: the manual's 20 banks, each once, in its order, as they exist on the platform.
export async function listExpectedBanks(): Promise<{ value: string; label: string }[]> {
  const rows = await db.institution.findMany({ where: { name: { in: [...BANKS] }, type: "BANK", status: "PUBLISHED" }, select: { id: true, name: true } });
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return BANKS.flatMap((name) => (byName.has(name) ? [{ value: byName.get(name)!, label: name }] : []));
}

// Prefill of the form: the account's name and phone; an enterprise's name and district.
export async function demandDefaults(actor: Actor): Promise<Record<string, string>> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { name: true, phone: true, enterprise: { select: { name: true, region: true } } } });
  const fields: Record<string, string> = { realName: user?.name ?? "", phone: user?.phone ?? "" };
  if (user?.enterprise) {
    fields.enterpriseName = user.enterprise.name;
    if (user.enterprise.region) fields.region = user.enterprise.region;
  }
  return fields;
}

// The edit form of a demand still 待对接: its values as the fields show them.
export function formValuesOfDemand(d: DemandDetail): Record<string, string | string[]> {
  return {
    applicantType: d.applicantType,
    amount: String(Number(d.amount.toString())),
    termMonths: String(d.termMonths),
    purpose: d.purpose,
    method: d.method,
    rateFrom: String(Number(d.rateFrom.toString())),
    rateTo: String(Number(d.rateTo.toString())),
    institutions: d.anyInstitution ? ["ANY"] : d.expectedInstitutions.map((e) => e.institution.id),
    region: d.region,
    realName: d.realName,
    gender: d.gender,
    phone: d.phone,
    enterpriseName: d.enterpriseName ?? "",
    firstLoanDeclared: d.isFirstLoan ? "on" : "",
  };
}

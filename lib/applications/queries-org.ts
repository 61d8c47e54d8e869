import "server-only";
import { db } from "@/lib/db";
import { maskPhone } from "@/lib/mask";
import { pageWindow, toPage } from "@/lib/db/paginate";
import type { Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import { staffApplicationScope, staffScopeParts } from "./scope";
import { staffActionsFor } from "./status-machine";
import { applicationDetailSelect, applicationRowSelect, describeApplication, historySelect, toApplicationRow, toHistoryEntry } from "./view";

// The institution console's reads: only what was sent to the staff member's institution
// (plus open 续贷 it may take). Anything else is not found.

export const KIND_VALUES: ApplicationKind[] = ["NORMAL", "FIRST_LOAN", "RENEWAL", "BRIDGE"];

export function parseKind(value: unknown): ApplicationKind | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return KIND_VALUES.includes(v as ApplicationKind) ? (v as ApplicationKind) : undefined;
}

const NEWEST_FIRST = [{ submittedAt: "desc" }, { id: "desc" }] satisfies Prisma.LoanApplicationOrderByWithRelationInput[];

function newestFirst(a: { submittedAt: Date; id: string }, b: { submittedAt: Date; id: string }): number {
  return b.submittedAt.getTime() - a.submittedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

export async function listOrgApplications(
  actor: Actor,
  opts: { status?: ApplicationStatus; kind?: ApplicationKind; page: number },
) {
  const { handled, open } = await staffScopeParts(actor);
  const filters: Prisma.LoanApplicationWhereInput[] = [opts.status ? { status: opts.status } : {}, opts.kind ? { kind: opts.kind } : {}];
  const handledWhere = { AND: [handled, ...filters] };
  const openWhere = { AND: [open, ...filters] };
  const { skip, take } = pageWindow(opts.page);
  const [handledTotal, openTotal] = await Promise.all([
    db.loanApplication.count({ where: handledWhere }),
    db.loanApplication.count({ where: openWhere }),
  ]);
  const page = (where: Prisma.LoanApplicationWhereInput, window: { skip?: number; take: number }) =>
    db.loanApplication.findMany({ where, orderBy: NEWEST_FIRST, select: applicationRowSelect, ...window });
  // The parts are disjoint and each is read in order: the page of their union is the same slice
  // of the first skip + take rows of both.
  const rows =
    openTotal === 0
      ? await page(handledWhere, { skip, take })
      : (await Promise.all([page(handledWhere, { take: skip + take }), page(openWhere, { take: skip + take })]))
          .flat()
          .sort(newestFirst)
          .slice(skip, skip + take);
  return toPage(rows.map(toApplicationRow), handledTotal + openTotal, opts.page);
}

export async function countOrgPending(actor: Actor) {
  const { handled, open } = await staffScopeParts(actor);
  const count = (status: ApplicationStatus) =>
    Promise.all([
      db.loanApplication.count({ where: { AND: [handled, { status }] } }),
      db.loanApplication.count({ where: { AND: [open, { status }] } }),
    ]).then(([a, b]) => a + b);
  const [submitted, accepted, questions] = await Promise.all([
    count("SUBMITTED"),
    count("ACCEPTED"),
    db.consultation.count({ where: { institutionId: actor.institutionId!, answeredAt: null } }),
  ]);
  return { submitted, accepted, questions };
}

// All submitted data; 身份证号, phones and 年收入 masked unless `reveal` (查看完整信息, lib/applications/reveal.ts),
// and always masked on an open 续贷 no institution has taken up. The page records the view (recordConsoleView):
// a read never writes.
export async function getOrgApplication(actor: Actor, id: string, reveal = false) {
  const scope = await staffApplicationScope(actor);
  const record = await db.loanApplication.findFirst({
    where: { AND: [{ id }, scope] },
    select: {
      ...applicationRowSelect,
      ...applicationDetailSelect,
      applicant: { select: { phone: true, role: true } },
      history: { select: historySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!record) return null;
  const isOpen = record.kind === "RENEWAL" && record.institutionId === null;
  const canDecideOpen = !isOpen || record.originalInstitutionId === actor.institutionId;
  const revealed = reveal && !isOpen;
  return {
    record,
    revealed,
    canReveal: !isOpen,
    registeredPhone: revealed ? record.applicant.phone : maskPhone(record.applicant.phone),
    row: toApplicationRow(record),
    fields: describeApplication(record, revealed),
    history: record.history.map((h) => toHistoryEntry(h, true)),
    actions: staffActionsFor(record.status).filter((a) => a === "ACCEPT" || canDecideOpen),
  };
}

// The staff member's own institution, for the console's heading.
export function getStaffInstitution(actor: Actor) {
  if (!actor.institutionId) return Promise.resolve(null);
  return db.institution.findUnique({ where: { id: actor.institutionId }, select: { id: true, name: true, type: true } });
}

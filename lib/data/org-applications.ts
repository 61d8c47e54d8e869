import "server-only";
import { db } from "@/lib/db";
import type { ApplicationKind, ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor, RequestMeta } from "@/lib/applications/actor";
import { staffApplicationScope } from "@/lib/applications/scope";
import { staffActionsFor } from "@/lib/applications/status-machine";
import { applicationDetailSelect, describeApplication } from "./application-details";
import { applicationRowSelect, historySelect, toApplicationRow, toHistoryEntry } from "./application-view";
import { pageWindow, toPage } from "./paginate";

// The institution console's reads: only what was sent to the staff member's institution
// (plus open 续贷 it may take). Anything else is not found.

export const KIND_VALUES: ApplicationKind[] = ["NORMAL", "FIRST_LOAN", "RENEWAL", "BRIDGE"];

export function parseKind(value: unknown): ApplicationKind | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return KIND_VALUES.includes(v as ApplicationKind) ? (v as ApplicationKind) : undefined;
}

export async function listOrgApplications(
  actor: Actor,
  opts: { status?: ApplicationStatus; kind?: ApplicationKind; page: number },
) {
  const scope = await staffApplicationScope(actor);
  const where = {
    AND: [scope, opts.status ? { status: opts.status } : {}, opts.kind ? { kind: opts.kind } : {}],
  };
  const [rows, total] = await Promise.all([
    db.loanApplication.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: applicationRowSelect,
      ...pageWindow(opts.page),
    }),
    db.loanApplication.count({ where }),
  ]);
  return toPage(rows.map(toApplicationRow), total, opts.page);
}

export async function countOrgPending(actor: Actor) {
  const scope = await staffApplicationScope(actor);
  const [submitted, accepted, questions] = await Promise.all([
    db.loanApplication.count({ where: { AND: [scope, { status: "SUBMITTED" }] } }),
    db.loanApplication.count({ where: { AND: [scope, { status: "ACCEPTED" }] } }),
    db.consultation.count({ where: { institutionId: actor.institutionId!, answeredAt: null } }),
  ]);
  return { submitted, accepted, questions };
}

// All submitted data, sensitive fields in clear: each view is written to the audit log.
export async function getOrgApplication(actor: Actor, id: string, meta?: RequestMeta) {
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
  await db.auditLog.create({
    data: {
      actorId: actor.id,
      action: "application.view_sensitive",
      targetType: "LoanApplication",
      targetId: record.id,
      ip: meta?.ip ?? null,
      userAgent: meta?.userAgent ?? null,
      detail: { number: record.number },
    },
  });
  const isOpen = record.kind === "RENEWAL" && record.institutionId === null;
  const canDecideOpen = !isOpen || record.originalInstitutionId === actor.institutionId;
  return {
    record,
    row: toApplicationRow(record),
    fields: describeApplication(record, true),
    history: record.history.map((h) => toHistoryEntry(h, true)),
    actions: staffActionsFor(record.status).filter((a) => a === "ACCEPT" || canDecideOpen),
  };
}

import "server-only";
import { db } from "@/lib/db";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/applications/actor";
import { applicantScope } from "@/lib/applications/scope";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import { applicationDetailSelect, describeApplication } from "./application-details";
import { applicationRowSelect, historySelect, toApplicationRow, toHistoryEntry } from "./application-view";
import { pageWindow, toPage } from "./paginate";

// 申请记录 and the 个人中心 overview: always scoped to the signed-in applicant.

export const STATUS_VALUES = Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[];

export function parseStatus(value: unknown): ApplicationStatus | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return STATUS_VALUES.includes(v as ApplicationStatus) ? (v as ApplicationStatus) : undefined;
}

export async function listMyApplications(actor: Actor, opts: { status?: ApplicationStatus; page: number }) {
  const where = { ...applicantScope(actor), ...(opts.status ? { status: opts.status } : {}) };
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

// One of the user's applications with its full history, sensitive fields masked. null = not theirs / none.
export async function getMyApplication(actor: Actor, id: string) {
  const record = await db.loanApplication.findFirst({
    where: { AND: [{ id }, applicantScope(actor)] },
    select: {
      ...applicationRowSelect,
      ...applicationDetailSelect,
      history: { select: historySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!record) return null;
  return {
    record,
    row: toApplicationRow(record),
    fields: describeApplication(record, false),
    history: record.history.map((h) => toHistoryEntry(h, false)),
  };
}

export async function getMyOverview(actor: Actor) {
  const [groups, latest, unread] = await Promise.all([
    db.loanApplication.groupBy({ by: ["status"], where: applicantScope(actor), _count: { _all: true } }),
    db.applicationStatusChange.findMany({
      where: { application: applicantScope(actor) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 5,
      select: {
        ...historySelect,
        application: { select: { id: true, number: true, kind: true, product: { select: { name: true } } } },
      },
    }),
    db.message.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const counts = Object.fromEntries(STATUS_VALUES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return {
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    unread,
    latest: latest.map((h) => ({ ...toHistoryEntry(h, false), application: h.application })),
  };
}

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

// The latest status changes come from the applicant's most recently changed applications: every
// change updates its application (updatedAt) in the same transaction, so the 5 latest changes lie in
// the 5 latest-updated applications. Two index reads, however many applications the user has
// (joining the history of all of them took seconds for a user with 36,000 in the bench).
const LATEST = 5;

export async function getMyOverview(actor: Actor) {
  const [groups, recent, unread] = await Promise.all([
    db.loanApplication.groupBy({ by: ["status"], where: applicantScope(actor), _count: { _all: true } }),
    db.loanApplication.findMany({
      where: applicantScope(actor),
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: LATEST,
      select: { id: true },
    }),
    db.message.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const latest = recent.length
    ? await db.applicationStatusChange.findMany({
        where: { applicationId: { in: recent.map((a) => a.id) } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: LATEST,
        select: {
          ...historySelect,
          application: { select: { id: true, number: true, kind: true, product: { select: { name: true } } } },
        },
      })
    : [];
  const counts = Object.fromEntries(STATUS_VALUES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return {
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    unread,
    latest: latest.map((h) => ({ ...toHistoryEntry(h, false), application: h.application })),
  };
}

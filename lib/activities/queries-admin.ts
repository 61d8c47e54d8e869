import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import type { PublishStatus, RegistrationStatus } from "@/lib/generated/prisma/enums";
import { maskPhone } from "@/lib/mask";
import { toShanghaiDateTimeInput } from "@/lib/validation/datetime";
import { PUBLISH_STATUS_LABELS, placesLeft } from "./status";

// 管理后台 reads: every activity whatever its status, and its registrants. Administrators only
// (anyone else reads nothing: the pages answer not found). Phones are masked on screen; the full
// numbers leave only through the audited export (export.ts).

export const PUBLISH_STATUSES = Object.keys(PUBLISH_STATUS_LABELS) as PublishStatus[];

export function parsePublishStatus(value: unknown): PublishStatus | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return PUBLISH_STATUSES.includes(v as PublishStatus) ? (v as PublishStatus) : undefined;
}

export async function listAdminActivities(actor: Actor, opts: { status?: PublishStatus; page: number }) {
  if (!isAdmin(actor)) return toPage([], 0, opts.page);
  const where = opts.status ? { status: opts.status } : {};
  const [items, total] = await Promise.all([
    db.activity.findMany({
      where,
      orderBy: [{ startAt: "desc" }, { id: "desc" }],
      select: {
        id: true, title: true, organizer: true, startAt: true, endAt: true, registrationDeadline: true, capacity: true,
        registeredCount: true, status: true, cancelledAt: true,
      },
      ...pageWindow(opts.page),
    }),
    db.activity.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

export type AdminActivityRow = Awaited<ReturnType<typeof listAdminActivities>>["items"][number];

// One activity with its figures: active registrations, attendees booked, places left, cancellations.
export async function getAdminActivity(actor: Actor, id: string) {
  if (!isAdmin(actor)) return null;
  const activity = await db.activity.findUnique({ where: { id } });
  if (!activity) return null;
  const groups = await db.activityRegistration.groupBy({ by: ["status"], where: { activityId: id }, _count: { _all: true } });
  const count = (s: RegistrationStatus) => groups.find((g) => g.status === s)?._count._all ?? 0;
  return {
    activity,
    figures: {
      registrations: count("REGISTERED"),
      cancelled: count("CANCELLED"),
      attendees: activity.registeredCount,
      placesLeft: placesLeft(activity),
    },
  };
}

export type AdminActivity = NonNullable<Awaited<ReturnType<typeof getAdminActivity>>>;

// The edit form's values (times as typed in Tianshui time).
export function activityFormValues(a: AdminActivity["activity"]): Record<string, string> {
  return {
    title: a.title,
    summary: a.summary,
    body: a.body,
    organizer: a.organizer,
    address: a.address,
    startAt: toShanghaiDateTimeInput(a.startAt),
    endAt: a.endAt ? toShanghaiDateTimeInput(a.endAt) : "",
    registrationDeadline: toShanghaiDateTimeInput(a.registrationDeadline),
    capacity: String(a.capacity),
    coverId: a.coverFileId ?? "",
    coverAlt: a.coverAlt ?? "",
  };
}

const REGISTRANTS_PAGE_SIZE = 20;

export async function listRegistrants(actor: Actor, activityId: string, opts: { status?: RegistrationStatus; page: number }) {
  if (!isAdmin(actor)) return toPage([], 0, opts.page);
  const where = { activityId, ...(opts.status ? { status: opts.status } : {}) };
  const [rows, total] = await Promise.all([
    db.activityRegistration.findMany({
      where,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true, name: true, phone: true, organization: true, attendees: true, remark: true, status: true,
        createdAt: true, cancelledAt: true, cancelledByOrganizer: true,
      },
      ...pageWindow(opts.page, REGISTRANTS_PAGE_SIZE),
    }),
    db.activityRegistration.count({ where }),
  ]);
  return toPage(rows.map((r) => ({ ...r, phone: maskPhone(r.phone) })), total, opts.page, REGISTRANTS_PAGE_SIZE);
}

export type Registrant = Awaited<ReturnType<typeof listRegistrants>>["items"][number];

import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import type { Actor } from "@/lib/domain/actor";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { REGISTRATION_STATUS_LABELS } from "./status";

// 我的活动 and the registration panel of an activity: always the signed-in user's own registrations.

export const REGISTRATION_STATUSES = Object.keys(REGISTRATION_STATUS_LABELS) as RegistrationStatus[];

export function parseRegistrationStatus(value: unknown): RegistrationStatus | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return REGISTRATION_STATUSES.includes(v as RegistrationStatus) ? (v as RegistrationStatus) : undefined;
}

const activityOfRegistration = {
  select: {
    id: true, title: true, address: true, organizer: true, startAt: true, endAt: true, registrationDeadline: true,
    capacity: true, registeredCount: true, status: true, cancelledAt: true, cancelReason: true,
  },
} as const;

const registrationSelect = {
  id: true, name: true, phone: true, organization: true, attendees: true, remark: true, status: true,
  createdAt: true, cancelledAt: true, cancelledByOrganizer: true, activity: activityOfRegistration,
} as const;

export async function listMyRegistrations(actor: Actor, opts: { status?: RegistrationStatus; page: number }) {
  const where = { userId: actor.id, ...(opts.status ? { status: opts.status } : {}) };
  const [items, total] = await Promise.all([
    db.activityRegistration.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: registrationSelect,
      ...pageWindow(opts.page),
    }),
    db.activityRegistration.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

export type MyRegistration = Awaited<ReturnType<typeof listMyRegistrations>>["items"][number];

// The user's registration for one activity (whatever its status), or null.
export function getMyRegistrationFor(actor: Actor, activityId: string) {
  return db.activityRegistration.findUnique({
    where: { activityId_userId: { activityId, userId: actor.id } },
    select: { id: true, status: true, attendees: true, cancelledByOrganizer: true },
  });
}

// Prefill of 我要报名: the account's name and phone, and for an enterprise its name as 单位名称.
// After 取消报名, registering again starts from what the user sent the first time.
export async function registrationDefaults(actor: Actor, activityId: string): Promise<Record<string, string>> {
  const [user, earlier] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { name: true, phone: true, enterprise: { select: { name: true } } } }),
    db.activityRegistration.findUnique({
      where: { activityId_userId: { activityId, userId: actor.id } },
      select: { name: true, phone: true, organization: true, attendees: true, remark: true },
    }),
  ]);
  if (earlier) {
    return { name: earlier.name, phone: earlier.phone, organization: earlier.organization, attendees: String(earlier.attendees), remark: earlier.remark ?? "" };
  }
  return { name: user?.name ?? "", phone: user?.phone ?? "", organization: user?.enterprise?.name ?? "", attendees: "1", remark: "" };
}

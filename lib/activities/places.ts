import type { Prisma } from "@/lib/generated/prisma/client";

// The places of an activity (registeredCount) change only here, by a conditional UPDATE inside the
// transaction that writes the registration row. The database checks the rule in the statement
// itself, so concurrent registrations can never book more than 限制人数 (and the CHECK constraint
// guard_activity_places backs it up). Every writer touches the activity row before any registration
// row, so two transactions never wait on each other in opposite orders.
type Tx = Prisma.TransactionClient;

// A burst of registrations queues for the database (one connection with PGlite, a pool with
// PostgreSQL): waiting a few seconds for a turn beats refusing the user.
export const PLACES_TX = { maxWait: 15_000, timeout: 15_000 } as const;

// Books `attendees` places if the activity is published, not called off, still before its
// deadline and has room. Returns whether it did.
export async function bookPlaces(tx: Tx, activityId: string, attendees: number, now: Date): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "Activity" SET "registeredCount" = "registeredCount" + ${attendees}
    WHERE "id" = ${activityId}
      AND "status" = 'PUBLISHED'
      AND "cancelledAt" IS NULL
      AND "registrationDeadline" > ${now}::timestamp
      AND "registeredCount" + ${attendees} <= "capacity"`;
  return updated === 1;
}

// Frees the places of a registration being cancelled. With `before`, only while the deadline is
// ahead of it (the registrant's own 取消报名); the organiser may free places at any time.
export async function freePlaces(tx: Tx, activityId: string, attendees: number, before?: Date): Promise<boolean> {
  const updated = before
    ? await tx.$executeRaw`
        UPDATE "Activity" SET "registeredCount" = "registeredCount" - ${attendees}
        WHERE "id" = ${activityId} AND "registeredCount" >= ${attendees} AND "registrationDeadline" > ${before}::timestamp`
    : await tx.$executeRaw`
        UPDATE "Activity" SET "registeredCount" = "registeredCount" - ${attendees}
        WHERE "id" = ${activityId} AND "registeredCount" >= ${attendees}`;
  return updated === 1;
}

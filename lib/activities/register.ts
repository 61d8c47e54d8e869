import { isUniqueViolation } from "@/lib/applications/prisma-errors";
import { db } from "@/lib/db";
import { limitPerUser } from "@/lib/domain/limits";
import { isApplicant, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, InvalidInputError, NotFoundError, RefusedError, type DomainError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/messages/notify";
import { bookPlaces, freePlaces, PLACES_TX } from "./places";
import { PUBLIC_ACTIVITY } from "./queries-public";
import type { RegistrationInput } from "./schema";
import { placesLeft, REFUSALS } from "./status";

// 我要报名 and 取消报名 by the registrant. One row per user and activity: registering again after
// 取消报名 reuses it (its createdAt becomes the new registration time).

export interface Registered {
  id: string;
  activityId: string;
}

// After the conditional UPDATE booked nothing: which rule refused, read inside the same transaction.
async function whyNotBookable(tx: Prisma.TransactionClient, activityId: string, attendees: number, now: Date): Promise<DomainError> {
  const a = await tx.activity.findFirst({
    where: { id: activityId, ...PUBLIC_ACTIVITY },
    select: { cancelledAt: true, registrationDeadline: true, capacity: true, registeredCount: true },
  });
  if (!a) return new NotFoundError("活动");
  if (a.cancelledAt) return new RefusedError(REFUSALS.CANCELLED);
  if (a.registrationDeadline.getTime() <= now.getTime()) return new RefusedError(REFUSALS.CLOSED);
  const left = placesLeft(a);
  if (left === 0) return new RefusedError(REFUSALS.FULL);
  // Places freed between the UPDATE and this read: the user may simply try again.
  if (left >= attendees) return new RefusedError("剩余名额刚刚发生变化，请重新提交");
  return new InvalidInputError({ attendees: REFUSALS.notEnough(left) });
}

export async function registerForActivity(
  actor: Actor,
  activityId: string,
  input: RegistrationInput,
  meta?: RequestMeta,
  now = new Date(),
): Promise<Registered> {
  if (!isApplicant(actor)) throw new ForbiddenError(REFUSALS.ACCOUNT);
  await limitPerUser("user-registration", actor);
  const activity = await db.activity.findFirst({
    where: { id: activityId, ...PUBLIC_ACTIVITY },
    select: { id: true, title: true, startAt: true, address: true, registrationDeadline: true },
  });
  if (!activity) throw new NotFoundError("活动");
  const key = { activityId_userId: { activityId, userId: actor.id } };
  const earlier = await db.activityRegistration.findUnique({ where: key, select: { status: true } });
  if (earlier?.status === "REGISTERED") throw new RefusedError(REFUSALS.ALREADY);

  try {
    return await db.$transaction(async (tx) => {
      if (!(await bookPlaces(tx, activityId, input.attendees, now))) throw await whyNotBookable(tx, activityId, input.attendees, now);
      // The activity row is locked now, and every writer of registrations locks it first: this read stays true.
      const existing = await tx.activityRegistration.findUnique({ where: key, select: { id: true, status: true } });
      if (existing?.status === "REGISTERED") throw new RefusedError(REFUSALS.ALREADY);
      const data = { ...input, status: "REGISTERED" as const, createdAt: now, cancelledAt: null, cancelledByOrganizer: false };
      const registration = existing
        ? await tx.activityRegistration.update({ where: { id: existing.id }, data, select: { id: true } })
        : await tx.activityRegistration.create({ data: { ...data, activityId, userId: actor.id }, select: { id: true } });
      await notify(
        {
          userId: actor.id,
          title: `活动报名成功：${activity.title}`,
          body:
            `您已报名「${activity.title}」，参加人数${input.attendees}人。活动时间：${formatDateTime(activity.startAt)}；` +
            `活动地址：${activity.address}。如需取消，请在报名截止时间（${formatDateTime(activity.registrationDeadline)}）前到“我的活动”中办理。`,
          link: "/me/activities",
        },
        tx,
      );
      await audit(
        {
          action: "activity.register",
          actorId: actor.id,
          targetType: "ActivityRegistration",
          targetId: registration.id,
          meta,
          detail: { activityId, attendees: input.attendees, again: existing !== null },
        },
        tx,
      );
      return { id: registration.id, activityId };
    }, PLACES_TX);
  } catch (error) {
    // Two submissions of the same user at once: the second finds the first one's row.
    if (isUniqueViolation(error)) throw new RefusedError(REFUSALS.ALREADY);
    throw error;
  }
}

const ALREADY_CANCELLED = "该报名已取消";

// 取消报名 before the deadline: the places are freed in the same transaction. Another user's
// registration answers as missing.
export async function cancelMyRegistration(actor: Actor, registrationId: string, meta?: RequestMeta, now = new Date()): Promise<Registered> {
  const registration = await db.activityRegistration.findFirst({
    where: { id: registrationId, userId: actor.id },
    select: { id: true, status: true, attendees: true, activityId: true, activity: { select: { registrationDeadline: true } } },
  });
  if (!registration) throw new NotFoundError("报名记录");
  if (registration.status !== "REGISTERED") throw new RefusedError(ALREADY_CANCELLED);
  if (registration.activity.registrationDeadline.getTime() <= now.getTime()) throw new RefusedError(REFUSALS.CANCEL_CLOSED);

  const { id, activityId, attendees } = registration;
  await db.$transaction(async (tx) => {
    if (!(await freePlaces(tx, activityId, attendees, now))) {
      const current = await tx.activityRegistration.findUnique({ where: { id }, select: { status: true } });
      throw new RefusedError(current?.status === "REGISTERED" ? REFUSALS.CANCEL_CLOSED : ALREADY_CANCELLED);
    }
    const { count } = await tx.activityRegistration.updateMany({
      where: { id, userId: actor.id, status: "REGISTERED", attendees },
      data: { status: "CANCELLED", cancelledAt: now, cancelledByOrganizer: false },
    });
    if (count !== 1) throw new RefusedError(ALREADY_CANCELLED); // rolls the freed places back
    await audit(
      { action: "activity.registration.cancel", actorId: actor.id, targetType: "ActivityRegistration", targetId: id, meta, detail: { activityId, attendees } },
      tx,
    );
  }, PLACES_TX);
  return { id, activityId };
}

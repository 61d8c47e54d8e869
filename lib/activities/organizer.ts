import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { notify } from "@/lib/messages/notify";
import { freePlaces, PLACES_TX } from "./places";
import { endOf } from "./status";

// The organiser (管理后台) calls off an activity or one registration. Registrants are told in
// 消息中心, places are freed, registrations become 已取消 with cancelledByOrganizer.

function requireAdmin(actor: Actor, what: string): void {
  if (!isAdmin(actor)) throw new NotFoundError(what);
}

// 取消活动: in one transaction the activity is marked cancelled (the row lock stops any new
// registration), every active registration is cancelled and every registrant gets the reason.
export async function cancelActivity(actor: Actor, id: string, reason: string, meta?: RequestMeta, now = new Date()): Promise<{ id: string; notified: number }> {
  requireAdmin(actor, "活动");
  const activity = await db.activity.findUnique({ where: { id }, select: { title: true, startAt: true, endAt: true, cancelledAt: true } });
  if (!activity) throw new NotFoundError("活动");
  if (activity.cancelledAt) throw new RefusedError("该活动已取消");
  if (endOf(activity) <= now.getTime()) throw new RefusedError("活动已结束，不能取消");

  const notified = await db.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id, cancelledAt: null },
      data: { cancelledAt: now, cancelReason: reason, registeredCount: 0 },
    });
    if (count !== 1) throw new RefusedError("该活动已取消");
    const registrants = await tx.activityRegistration.findMany({ where: { activityId: id, status: "REGISTERED" }, select: { userId: true } });
    await tx.activityRegistration.updateMany({
      where: { activityId: id, status: "REGISTERED" },
      data: { status: "CANCELLED", cancelledAt: now, cancelledByOrganizer: true },
    });
    await notify(
      registrants.map((r) => ({
        userId: r.userId,
        title: `活动已取消：${activity.title}`,
        body: `很抱歉，您报名的「${activity.title}」已被主办方取消，您的报名随之取消。取消原因：${reason}`,
        link: "/me/activities",
      })),
      tx,
    );
    await audit(
      { action: "activity.cancel", actorId: actor.id, targetType: "Activity", targetId: id, meta, detail: { reason, registrations: registrants.length } },
      tx,
    );
    return registrants.length;
  }, PLACES_TX);
  return { id, notified };
}

// One registration cancelled by the organiser (at any time), its places freed, the user told why.
export async function cancelRegistrationByOrganizer(
  actor: Actor,
  registrationId: string,
  reason: string | null,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ activityId: string }> {
  requireAdmin(actor, "报名记录");
  const registration = await db.activityRegistration.findUnique({
    where: { id: registrationId },
    select: { id: true, userId: true, status: true, attendees: true, activityId: true, activity: { select: { title: true } } },
  });
  if (!registration) throw new NotFoundError("报名记录");
  if (registration.status !== "REGISTERED") throw new RefusedError("该报名已取消");
  const { id, activityId, attendees, activity } = registration;

  await db.$transaction(async (tx) => {
    const freed = await freePlaces(tx, activityId, attendees);
    const { count } = freed
      ? await tx.activityRegistration.updateMany({
          where: { id, status: "REGISTERED", attendees },
          data: { status: "CANCELLED", cancelledAt: now, cancelledByOrganizer: true },
        })
      : { count: 0 };
    if (count !== 1) throw new RefusedError("该报名已取消"); // rolls the freed places back
    await notify(
      {
        userId: registration.userId,
        title: `报名已被取消：${activity.title}`,
        body: `主办方取消了您在「${activity.title}」的报名。${reason ? `原因：${reason}` : "如有疑问请联系主办方。"}`,
        link: "/me/activities",
      },
      tx,
    );
    await audit(
      { action: "activity.registration.cancel_by_organizer", actorId: actor.id, targetType: "ActivityRegistration", targetId: id, meta, detail: { activityId, attendees, reason } },
      tx,
    );
  }, PLACES_TX);
  return { activityId };
}

import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { invalidField, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { formatDateTime } from "@/lib/format";
import { notify } from "@/lib/messages/notify";
import { deleteUnusedFiles } from "@/lib/uploads/commands";
import { resolveCover, withoutCoverFields } from "@/lib/uploads/cover";
import type { ActivityInput } from "./schema";

// 管理后台: create, edit, publish and unpublish activities. Administrators only; every change is audited.

function requireAdmin(actor: Actor): void {
  // The builder lets only ADMIN call these actions; scripts and tests meet the same rule here.
  if (!isAdmin(actor)) throw new NotFoundError("活动");
}

export async function createActivity(actor: Actor, input: ActivityInput, meta?: RequestMeta): Promise<{ id: string }> {
  requireAdmin(actor);
  const cover = await resolveCover(actor, input, null, meta);
  return db.$transaction(async (tx) => {
    const activity = await tx.activity.create({ data: { ...withoutCoverFields(input), ...cover, status: "DRAFT" }, select: { id: true } });
    await audit({ action: "activity.create", actorId: actor.id, targetType: "Activity", targetId: activity.id, meta, detail: { title: input.title } }, tx);
    return activity;
  });
}

const sameTime = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

// Edits every field. 限制人数 may not fall below the places already taken: the UPDATE checks it
// against the row as it is when written, so a registration arriving meanwhile is counted.
// Registrants are told when the time or the place changes.
export async function updateActivity(actor: Actor, id: string, input: ActivityInput, meta?: RequestMeta): Promise<{ id: string }> {
  requireAdmin(actor);
  const before = await db.activity.findUnique({
    where: { id },
    select: { title: true, startAt: true, endAt: true, address: true, cancelledAt: true, registeredCount: true, coverFileId: true },
  });
  if (!before) throw new NotFoundError("活动");
  if (before.cancelledAt) throw new RefusedError("该活动已取消，不能再修改");
  const cover = await resolveCover(actor, input, before.coverFileId, meta);
  const moved = !sameTime(before.startAt, input.startAt) || !sameTime(before.endAt, input.endAt) || before.address !== input.address;

  await db.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id, cancelledAt: null, registeredCount: { lte: input.capacity } },
      data: { ...withoutCoverFields(input), ...cover },
    });
    if (count !== 1) {
      const now = await tx.activity.findUnique({ where: { id }, select: { registeredCount: true, cancelledAt: true } });
      if (!now) throw new NotFoundError("活动");
      if (now.cancelledAt) throw new RefusedError("该活动已取消，不能再修改");
      invalidField("capacity", `限制人数不能少于已报名人数（${now.registeredCount}人）`);
    }
    if (moved) {
      const registrants = await tx.activityRegistration.findMany({ where: { activityId: id, status: "REGISTERED" }, select: { userId: true } });
      await notify(
        registrants.map((r) => ({
          userId: r.userId,
          title: `活动信息变更：${input.title}`,
          body: `您报名的「${input.title}」时间或地点已调整。活动时间：${formatDateTime(input.startAt)}；活动地址：${input.address}。`,
          link: `/activities/${id}`,
        })),
        tx,
      );
    }
    await audit(
      { action: "activity.update", actorId: actor.id, targetType: "Activity", targetId: id, meta, detail: { title: input.title, capacity: input.capacity, moved, cover: cover.coverFileId } },
      tx,
    );
  });
  // A replaced or removed cover is deleted once no record uses it (after the commit: never one the record still shows).
  if (before.coverFileId !== cover.coverFileId) await deleteUnusedFiles(actor, [before.coverFileId], meta);
  return { id };
}

// 发布 / 下架. The first publication is dated; unpublished activities answer not found publicly,
// their registrations stay (我的活动 still lists them).
export async function setActivityPublished(actor: Actor, id: string, publish: boolean, meta?: RequestMeta, now = new Date()): Promise<{ id: string }> {
  requireAdmin(actor);
  const activity = await db.activity.findUnique({ where: { id }, select: { status: true, publishedAt: true } });
  if (!activity) throw new NotFoundError("活动");
  const target = publish ? "PUBLISHED" : "ARCHIVED";
  if ((activity.status === "PUBLISHED") === publish) throw new RefusedError(publish ? "该活动已发布" : "该活动尚未发布");
  await db.$transaction(async (tx) => {
    const { count } = await tx.activity.updateMany({
      where: { id, status: activity.status },
      data: { status: target, ...(publish && !activity.publishedAt ? { publishedAt: now } : {}) },
    });
    if (count !== 1) throw new RefusedError("该活动刚刚被修改，请刷新页面后重试");
    await audit({ action: publish ? "activity.publish" : "activity.unpublish", actorId: actor.id, targetType: "Activity", targetId: id, meta }, tx);
  });
  return { id };
}

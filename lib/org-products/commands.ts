import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { changedFields } from "@/lib/supervision/diff";
import type { ProductInput } from "./schema";

// 产品管理 (机构工作台): staff with the 管理员 role of an institution create and edit its products, submit them
// for publication (the 金融办 reviews: review.ts) and take them off the catalogue. Another institution's
// product is not found; a 业务员 is refused. A published product's edit is live at once (the action expires
// its cache tags); every change is audited with the fields it changed.

export const MANAGER_ONLY = "仅机构管理员可以维护产品";

export async function requireManager(actor: Actor): Promise<string> {
  if (actor.role !== "STAFF" || !actor.institutionId) throw new NotFoundError("产品");
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { staffRole: true, institutionId: true, status: true } });
  if (!user || user.institutionId !== actor.institutionId || user.status !== "ACTIVE") throw new NotFoundError("产品");
  if (user.staffRole !== "MANAGER") throw new ForbiddenError(MANAGER_ONLY);
  return actor.institutionId;
}

async function ownProduct(institutionId: string, id: string) {
  const product = await db.product.findFirst({ where: { id, institutionId } });
  if (!product) throw new NotFoundError("产品");
  return product;
}

export async function createOrgProduct(actor: Actor, input: ProductInput, meta?: RequestMeta): Promise<{ id: string }> {
  const institutionId = await requireManager(actor);
  const institution = await db.institution.findUniqueOrThrow({ where: { id: institutionId }, select: { type: true } });
  return db.$transaction(async (tx) => {
    const product = await tx.product.create({ data: { ...input, institutionId, institutionType: institution.type, status: "DRAFT" }, select: { id: true } });
    await audit({ action: "product.create", actorId: actor.id, targetType: "Product", targetId: product.id, meta, detail: { name: input.name } }, tx);
    return product;
  });
}

export async function updateOrgProduct(actor: Actor, id: string, input: ProductInput, meta?: RequestMeta): Promise<{ id: string; published: boolean }> {
  const institutionId = await requireManager(actor);
  const before = await ownProduct(institutionId, id);
  if (before.reviewStatus === "PENDING") throw new RefusedError("产品正在审核中，审核完成后才能修改");
  await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id, institutionId, reviewStatus: before.reviewStatus }, data: input });
    if (count !== 1) throw new RefusedError("产品刚刚被修改，请刷新页面后重试");
    await audit({ action: "product.update", actorId: actor.id, targetType: "Product", targetId: id, meta, detail: { changed: changedFields(before, input) } }, tx);
  });
  return { id, published: before.status === "PUBLISHED" };
}

// 提交发布: a draft, a returned or an unpublished product goes to the 金融办's review.
export async function submitOrgProduct(actor: Actor, id: string, meta?: RequestMeta, now = new Date()): Promise<{ id: string }> {
  const institutionId = await requireManager(actor);
  await ownProduct(institutionId, id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id, institutionId, status: { not: "PUBLISHED" }, OR: [{ reviewStatus: null }, { reviewStatus: "RETURNED" }] },
      data: { reviewStatus: "PENDING", submittedAt: now, reviewNote: null },
    });
    if (count !== 1) throw new RefusedError("该产品已发布或正在审核中");
    await audit({ action: "product.submit", actorId: actor.id, targetType: "Product", targetId: id, meta }, tx);
  });
  return { id };
}

// 下架 by the institution itself: off every public page at once.
export async function unpublishOrgProduct(actor: Actor, id: string, meta?: RequestMeta): Promise<{ id: string }> {
  const institutionId = await requireManager(actor);
  await ownProduct(institutionId, id);
  await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id, institutionId, status: "PUBLISHED" }, data: { status: "ARCHIVED" } });
    if (count !== 1) throw new RefusedError("该产品未在发布中");
    await audit({ action: "product.unpublish", actorId: actor.id, targetType: "Product", targetId: id, meta }, tx);
  });
  return { id };
}

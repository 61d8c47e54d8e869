import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { notify } from "@/lib/messages/notify";
import { requireAdmin } from "@/lib/supervision/institutions";

// The 金融办 reviews products submitted by institutions (通过 / 退回 with a reason) and may take any product
// down. Each step is a conditional UPDATE, audited, and told to the institution's 管理员 accounts.

async function tellManagers(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], institutionId: string, title: string, body: string, link: string) {
  const managers = await tx.user.findMany({ where: { institutionId, role: "STAFF", staffRole: "MANAGER", status: "ACTIVE" }, select: { id: true } });
  await notify(managers.map((m) => ({ userId: m.id, title, body, link })), tx);
}

export async function reviewProduct(actor: Actor, id: string, approve: boolean, reason: string | null, meta?: RequestMeta, now = new Date()): Promise<{ id: string }> {
  requireAdmin(actor, "产品");
  const product = await db.product.findUnique({ where: { id }, select: { name: true, institutionId: true } });
  if (!product) throw new NotFoundError("产品");
  await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({
      where: { id, reviewStatus: "PENDING" },
      data: approve ? { status: "PUBLISHED", reviewStatus: null, reviewNote: null, publishedAt: now } : { reviewStatus: "RETURNED", reviewNote: reason },
    });
    if (count !== 1) throw new RefusedError("该产品不在待审核状态");
    await audit({ action: approve ? "product.approve" : "product.return", actorId: actor.id, targetType: "Product", targetId: id, meta, detail: { reason } }, tx);
    await tellManagers(
      tx,
      product.institutionId,
      approve ? `产品已发布：${product.name}` : `产品被退回：${product.name}`,
      approve ? "金融办已审核通过，产品已在金融超市上线。" : `退回原因：${reason}。请修改后重新提交。`,
      `/org/products/${id}`,
    );
  });
  return { id };
}

export async function takeDownProduct(actor: Actor, id: string, reason: string, meta?: RequestMeta): Promise<{ id: string }> {
  requireAdmin(actor, "产品");
  const product = await db.product.findUnique({ where: { id }, select: { name: true, institutionId: true } });
  if (!product) throw new NotFoundError("产品");
  await db.$transaction(async (tx) => {
    const { count } = await tx.product.updateMany({ where: { id, status: "PUBLISHED" }, data: { status: "ARCHIVED", reviewNote: reason } });
    if (count !== 1) throw new RefusedError("该产品未在发布中");
    await audit({ action: "product.take_down", actorId: actor.id, targetType: "Product", targetId: id, meta, detail: { reason } }, tx);
    await tellManagers(tx, product.institutionId, `产品被下架：${product.name}`, `金融办已下架该产品，原因：${reason}。`, `/org/products/${id}`);
  });
  return { id };
}

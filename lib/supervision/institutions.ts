import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import type { InstitutionInput } from "./schema";
import { changedFields } from "./diff";
import { deleteUnusedFiles } from "@/lib/uploads/commands";
import { resolveImageField } from "@/lib/uploads/cover";

// What an institution row stores of the form: the logo's file instead of the upload fields.
async function institutionData(actor: Actor, input: InstitutionInput, currentLogo: string | null, meta?: RequestMeta) {
  const { logo: _logo, logoId: _logoId, logoRemove, ...fields } = input;
  const logoFileId = await resolveImageField(actor, input as unknown as Record<string, unknown>, "logo", currentLogo, logoRemove, meta);
  return { ...fields, logoFileId };
}

// 机构管理 (管理后台): create, edit, publish and unpublish institutions. Administrators only; every change
// is audited with what changed. An unpublished institution's products leave every public page at once
// (lib/catalogue/public-product.ts) and cannot be applied for.

export function requireAdmin(actor: Actor, what = "记录"): void {
  // The builder lets only ADMIN call these actions; scripts and tests meet the same rule here.
  if (!isAdmin(actor)) throw new NotFoundError(what);
}

const NAME_TAKEN = "已有同名机构";
const isUnique = (error: unknown) => (error as { code?: string })?.code === "P2002";

// A new institution starts unpublished: its staff and products can be prepared before it appears.
export async function createInstitution(actor: Actor, input: InstitutionInput, meta?: RequestMeta): Promise<{ id: string }> {
  requireAdmin(actor, "机构");
  const data = await institutionData(actor, input, null, meta);
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.institution.create({ data: { ...data, status: "DRAFT" }, select: { id: true } });
      await audit({ action: "institution.create", actorId: actor.id, targetType: "Institution", targetId: created.id, meta, detail: { name: input.name, type: input.type } }, tx);
      return created;
    });
  } catch (error) {
    if (isUnique(error)) throw new InvalidInputError({ name: NAME_TAKEN });
    throw error;
  }
}

export async function updateInstitution(actor: Actor, id: string, input: InstitutionInput, meta?: RequestMeta): Promise<{ id: string }> {
  requireAdmin(actor, "机构");
  const before = await db.institution.findUnique({ where: { id } });
  if (!before) throw new NotFoundError("机构");
  const data = await institutionData(actor, input, before.logoFileId, meta);
  try {
    await db.$transaction(async (tx) => {
      await tx.institution.update({ where: { id }, data });
      // A product's 机构类型 filter reads its denormalised copy.
      if (before.type !== input.type) await tx.product.updateMany({ where: { institutionId: id }, data: { institutionType: input.type } });
      await audit(
        { action: "institution.update", actorId: actor.id, targetType: "Institution", targetId: id, meta, detail: { changed: changedFields(before, data) } },
        tx,
      );
    });
  } catch (error) {
    if (isUnique(error)) throw new InvalidInputError({ name: NAME_TAKEN });
    throw error;
  }
  // A replaced or removed logo is deleted once no record uses it (after the commit).
  if (before.logoFileId !== data.logoFileId) await deleteUnusedFiles(actor, [before.logoFileId], meta);
  return { id };
}

// 发布 / 下架 by a conditional UPDATE: two admins pressing at once change it once.
export async function setInstitutionPublished(actor: Actor, id: string, publish: boolean, meta?: RequestMeta): Promise<{ id: string }> {
  requireAdmin(actor, "机构");
  const institution = await db.institution.findUnique({ where: { id }, select: { status: true } });
  if (!institution) throw new NotFoundError("机构");
  if ((institution.status === "PUBLISHED") === publish) throw new RefusedError(publish ? "该机构已发布" : "该机构尚未发布");
  await db.$transaction(async (tx) => {
    const { count } = await tx.institution.updateMany({ where: { id, status: institution.status }, data: { status: publish ? "PUBLISHED" : "ARCHIVED" } });
    if (count !== 1) throw new RefusedError("该机构刚刚被修改，请刷新页面后重试");
    await audit({ action: publish ? "institution.publish" : "institution.unpublish", actorId: actor.id, targetType: "Institution", targetId: id, meta }, tx);
  });
  return { id };
}

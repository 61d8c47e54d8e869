import { db } from "@/lib/db";
import { isAdmin, isStaff, type Actor } from "@/lib/domain/actor";
import type { FileVisibility } from "@/lib/generated/prisma/enums";

// Who may read a stored file. Anyone else is answered like a file that does not exist (404).
// - PUBLIC (形象展示, activity and news images): everyone;
// - PRIVATE (身份证照片): its owner, and 管理员 for the manual check of a 个人认证;
// - FUND_INSTITUTIONS (项目计划书): its owner, 管理员, and staff of a fund (基金) institution — the
//   latter only once the plan belongs to a project the 金融办 published (docs/equity.md).
export async function mayRead(actor: Actor | null, file: { id?: string; ownerId: string; visibility: FileVisibility }): Promise<boolean> {
  if (file.visibility === "PUBLIC") return true;
  if (!actor) return false;
  if (actor.id === file.ownerId || isAdmin(actor)) return true;
  if (file.visibility === "FUND_INSTITUTIONS" && isStaff(actor)) {
    const institution = await db.institution.findUnique({ where: { id: actor.institutionId }, select: { type: true } });
    if (institution?.type !== "FUND" || !file.id) return false;
    return (await db.equityProject.count({ where: { businessPlanFileId: file.id, status: "PUBLISHED" } })) > 0;
  }
  return false;
}

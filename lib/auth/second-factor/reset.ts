import { db } from "@/lib/db";
import { audit } from "@/lib/domain/audit";
import { notify } from "@/lib/messages/notify";
import type { RequestMeta } from "@/lib/request-meta";

// 金融办 resets the factor of a staff member who lost the phone and the codes (`npm run admin:reset-2fa -- <phone>`, scripts/reset-second-factor.ts; no server-only imports):
// the next login enrols again. Other sessions end.
export async function resetSecondFactor(userId: string, meta: RequestMeta, now: Date, actorId: string | null): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const removed = await tx.secondFactor.deleteMany({ where: { userId } });
    await tx.recoveryCode.deleteMany({ where: { userId } });
    if (removed.count === 0) return false;
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
    await audit({ action: "auth.second_factor.reset", actorId, targetType: "User", targetId: userId, meta }, tx);
    await notify({ userId, title: "身份验证器已重置", body: "平台管理员重置了您的登录二次验证，下次登录时请重新绑定身份验证器。" }, tx);
    return true;
  });
}

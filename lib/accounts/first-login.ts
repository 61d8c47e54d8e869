import { revokeOtherSessions } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { SetOwnPasswordData } from "./first-login-schema";

export { SET_PASSWORD_PATH } from "./first-login-schema";

// 设置新密码 at first login: an account created or reset by the 金融办 holds a one-time password sent by SMS
// (lib/supervision/accounts.ts) and sets its own before anything else (the 机构工作台 and 管理后台 layouts
// send it here). Kept apart from the login flow itself, which only lands the user on their home page.

export async function mustChangePassword(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { mustChangePassword: true } });
  return Boolean(user?.mustChangePassword);
}

export async function setOwnPassword(actor: Actor, data: SetOwnPasswordData, meta: RequestMeta, now: Date): Promise<{ role: string }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { phone: true, passwordHash: true, role: true, mustChangePassword: true } });
  if (!user) throw new NotFoundError("账号");
  if (data.newPassword.includes(user.phone)) throw new InvalidInputError({ newPassword: "密码不能包含手机号" });
  if (user.passwordHash && (await verifyPassword(user.passwordHash, data.newPassword))) {
    throw new InvalidInputError({ newPassword: "新密码不能与临时密码相同" });
  }
  const passwordHash = await hashPassword(data.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, mustChangePassword: false, passwordChangedAt: now } });
    const ended = await revokeOtherSessions(actor.id, actor.sessionId, now, tx);
    await audit({ action: "account.password.first_set", actorId: actor.id, targetType: "User", targetId: actor.id, meta, detail: { endedSessions: ended, wasRequired: user.mustChangePassword } }, tx);
  });
  return { role: user.role };
}

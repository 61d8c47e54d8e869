import { randomInt } from "node:crypto";
import { revokeOtherSessions } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { maskPhone } from "@/lib/mask";
import { notify } from "@/lib/messages/notify";
import { hashPassword } from "@/lib/password";
import { sendSms } from "@/lib/services/sms";
import { requireAdmin } from "./institutions";
import type { StaffInput } from "./schema";

// 机构人员 and 用户管理 (管理后台). Nobody types or sees a staff password: a new or reset account gets a
// one-time password by SMS and must set its own at first login (lib/accounts/first-login.ts). Disabling an
// account ends its sessions at once (and validateSession refuses a disabled account's session anyway).

const OTP_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
// Ten characters of letters, digits and a symbol: passes the password rule, readable from an SMS.
export function oneTimePassword(): string {
  const pick = (set: string) => set[randomInt(set.length)];
  const letters = Array.from({ length: 4 }, () => pick(OTP_LETTERS)).join("");
  return `${letters}${String(randomInt(100000, 1000000))}!`;
}

async function sendOneTimePassword(phone: string, password: string, reset: boolean) {
  await sendSms({
    phone,
    template: "VERIFICATION_CODE",
    templateParams: { code: password },
    content: `【天水市智慧金融服务平台】您的机构账号${reset ? "密码已重置" : "已开通"}，登录手机号${phone}，临时密码${password}，登录后须立即设置新密码。请勿告知他人。`,
  });
}

export async function createStaff(actor: Actor, institutionId: string, input: StaffInput, meta?: RequestMeta): Promise<{ id: string; institutionId: string }> {
  requireAdmin(actor, "机构");
  const institution = await db.institution.findUnique({ where: { id: institutionId }, select: { id: true } });
  if (!institution) throw new NotFoundError("机构");
  if (await db.user.findUnique({ where: { phone: input.phone }, select: { id: true } })) throw new InvalidInputError({ phone: "该手机号已注册" });
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  let created: { id: string };
  try {
    created = await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { phone: input.phone, name: input.name, role: "STAFF", staffRole: input.staffRole, institutionId, passwordHash, mustChangePassword: true },
        select: { id: true },
      });
      await audit(
        { action: "staff.create", actorId: actor.id, targetType: "User", targetId: user.id, meta, detail: { institutionId, phone: maskPhone(input.phone), staffRole: input.staffRole } },
        tx,
      );
      return user;
    });
  } catch (error) {
    if ((error as { code?: string })?.code === "P2002") throw new InvalidInputError({ phone: "该手机号已注册" });
    throw error;
  }
  await sendOneTimePassword(input.phone, password, false);
  return { id: created.id, institutionId };
}

// 重置密码: a new one-time password by SMS, every session ends, a lock is lifted.
export async function resetStaffPassword(actor: Actor, userId: string, meta?: RequestMeta, now = new Date()): Promise<{ id: string; institutionId: string }> {
  requireAdmin(actor, "账号");
  const user = await db.user.findFirst({ where: { id: userId, role: "STAFF" }, select: { id: true, phone: true, institutionId: true } });
  if (!user || !user.institutionId) throw new NotFoundError("账号");
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, mustChangePassword: true, failedLoginCount: 0, lockedUntil: null, passwordChangedAt: now } });
    const ended = await revokeOtherSessions(user.id, null, now, tx);
    await notify({ userId: user.id, title: "您的密码已被重置", body: "金融办管理员重置了您的登录密码，临时密码已通过短信发送，登录后请设置新密码。" }, tx);
    await audit({ action: "staff.password.reset", actorId: actor.id, targetType: "User", targetId: user.id, meta, detail: { endedSessions: ended } }, tx);
  });
  await sendOneTimePassword(user.phone, password, true);
  return { id: user.id, institutionId: user.institutionId };
}

// 停用 / 启用 an applicant or staff account (never an administrator's) with a reason. Conditional UPDATE.
export async function setAccountDisabled(
  actor: Actor,
  userId: string,
  disable: boolean,
  reason: string | null,
  meta?: RequestMeta,
  now = new Date(),
): Promise<{ id: string; role: string; institutionId: string | null }> {
  requireAdmin(actor, "账号");
  const user = await db.user.findFirst({ where: { id: userId, role: { not: "ADMIN" } }, select: { id: true, role: true, institutionId: true } });
  if (!user) throw new NotFoundError("账号");
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, status: disable ? "ACTIVE" : "DISABLED" },
      data: disable ? { status: "DISABLED", disabledReason: reason, disabledAt: now } : { status: "ACTIVE", disabledReason: null, disabledAt: null },
    });
    if (count !== 1) throw new RefusedError(disable ? "该账号已停用" : "该账号未停用");
    const ended = disable ? await revokeOtherSessions(userId, null, now, tx) : 0;
    await notify(
      disable
        ? { userId, title: "您的账号已被停用", body: `停用原因：${reason}。如有疑问请联系天水市金融工作办公室。` }
        : { userId, title: "您的账号已恢复使用", body: "金融办已恢复您的账号，您可以正常登录。" },
      tx,
    );
    await audit(
      { action: disable ? "account.disable" : "account.enable", actorId: actor.id, targetType: "User", targetId: userId, meta, detail: { reason, endedSessions: ended } },
      tx,
    );
  });
  return user;
}

import { revokeOtherSessions } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { notify } from "@/lib/messages/notify";
import { verifyPassword } from "@/lib/password";
import { consumeRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { closesAt } from "./close-due";

// 注销账号 (PIPL art. 47): asked for in 账号信息 with the password, effective after a cooling-off period in
// which the user may still sign in and 撤销注销. Then (closeDueAccounts, run by `npm run retention`) the account
// is de-identified: what identifies the person is deleted or blanked, the phone and the 统一社会信用代码 are freed
// to register again, and the records others must keep stay without the person's identity (docs/privacy.md).

const OPEN_APPLICATION = ["SUBMITTED", "ACCEPTED", "APPROVED", "RETURNED"] as const;
const OPEN_DEMAND = ["OPEN", "IN_PROGRESS"] as const;

export interface CloseAccountData {
  password: string;
}

export async function requestAccountClosure(actor: Actor, data: CloseAccountData, meta: RequestMeta, now: Date): Promise<{ closesAt: Date }> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { phone: true, role: true, passwordHash: true, deletionRequestedAt: true, deletedAt: true } });
  if (!user || user.deletedAt) throw new NotFoundError("账号");
  // Staff and 金融办 accounts belong to their institution: 金融办 disables them.
  if (user.role !== "PERSONAL" && user.role !== "ENTERPRISE") throw new RefusedError("机构人员和管理员账号由平台管理员停用，不能自行注销");
  if (user.deletionRequestedAt) throw new RefusedError(`您已申请注销，账号将于${beijingDay(closesAt(user.deletionRequestedAt))}注销`);
  const limited = await consumeRateLimit("login-phone", user.phone);
  if (!limited.ok) throw new RefusedError(`尝试过于频繁，请${retryAfterText(limited.retryAfterSeconds)}后再试`);
  if (!user.passwordHash) throw new InvalidInputError({ password: "您的账号尚未设置登录密码：请先通过登录页的“忘记密码”设置密码，再申请注销" });
  if (!(await verifyPassword(user.passwordHash, data.password))) {
    await audit({ action: "privacy.close.password_failed", actorId: actor.id, targetType: "User", targetId: actor.id, meta });
    throw new InvalidInputError({ password: "登录密码不正确" });
  }
  // An application or a demand still being handled by an institution is finished or withdrawn first: closing
  // the account would take the institution's contact away in the middle of it.
  const [applications, demands] = await Promise.all([
    db.loanApplication.count({ where: { applicantId: actor.id, status: { in: [...OPEN_APPLICATION] } } }),
    db.financingDemand.count({ where: { userId: actor.id, status: { in: [...OPEN_DEMAND] } } }),
  ]);
  if (applications || demands) {
    const what = [applications ? `${applications}笔正在办理的贷款申请` : "", demands ? `${demands}条对接中的融资需求` : ""].filter(Boolean).join("、");
    throw new RefusedError(`您有${what}，请在办结或撤回后再申请注销`);
  }
  const done = await db.$transaction(async (tx) => {
    const marked = await tx.user.updateMany({ where: { id: actor.id, deletionRequestedAt: null, deletedAt: null }, data: { deletionRequestedAt: now } });
    if (marked.count !== 1) return false;
    await revokeOtherSessions(actor.id, actor.sessionId, now, tx);
    await audit({ action: "privacy.close.requested", actorId: actor.id, targetType: "User", targetId: actor.id, meta }, tx);
    await notify({ userId: actor.id, title: "注销申请已提交", body: `您的账号将于${beijingDay(closesAt(now))}注销。在此之前登录并在“账号信息”中撤销注销，账号即恢复正常。`, link: "/me/account" }, tx);
    return true;
  });
  if (!done) throw new RefusedError("您已申请注销");
  return { closesAt: closesAt(now) };
}

export async function cancelAccountClosure(actor: Actor, meta: RequestMeta, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const cancelled = await tx.user.updateMany({ where: { id: actor.id, deletionRequestedAt: { not: null }, deletedAt: null }, data: { deletionRequestedAt: null } });
    if (cancelled.count !== 1) throw new RefusedError("没有待生效的注销申请");
    await audit({ action: "privacy.close.cancelled", actorId: actor.id, targetType: "User", targetId: actor.id, meta }, tx);
    await notify({ userId: actor.id, title: "已撤销注销", body: `您于${beijingDay(now)}撤销了注销申请，账号继续正常使用。`, link: "/me/account" }, tx);
  });
}

function beijingDay(date: Date): string {
  return date.toLocaleDateString("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "long", day: "numeric" });
}

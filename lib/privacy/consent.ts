import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { RefusedError } from "@/lib/domain/errors";
import { notify } from "@/lib/messages/notify";

// 撤回授权 of 《用户授权协议》 (PIPL art. 15). Each application records its own acceptance (Consent, context
// "application:<id>"); withdrawing marks all of them withdrawn. What it stops: the platform processes the
// user's data on that basis no further — no new application goes out without a new 同意 (each application
// form asks again). What it does not undo (art. 15: processing before the withdrawal stays lawful): an
// application already sent to an institution, which the user may 撤回 on its own page (docs/privacy.md).
export interface AuthorizationStatus {
  active: number; // acceptances not withdrawn
  lastAcceptedAt: Date | null;
  withdrawnAt: Date | null; // the latest withdrawal
}

export async function authorizationStatus(userId: string): Promise<AuthorizationStatus> {
  const [active, last, withdrawn] = await Promise.all([
    db.consent.count({ where: { userId, agreement: "USER_AUTHORIZATION", withdrawnAt: null } }),
    db.consent.findFirst({ where: { userId, agreement: "USER_AUTHORIZATION" }, orderBy: { acceptedAt: "desc" }, select: { acceptedAt: true } }),
    db.consent.findFirst({ where: { userId, agreement: "USER_AUTHORIZATION", withdrawnAt: { not: null } }, orderBy: { withdrawnAt: "desc" }, select: { withdrawnAt: true } }),
  ]);
  return { active, lastAcceptedAt: last?.acceptedAt ?? null, withdrawnAt: withdrawn?.withdrawnAt ?? null };
}

export async function withdrawAuthorization(actor: Actor, meta: RequestMeta, now: Date): Promise<{ withdrawn: number }> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.consent.updateMany({ where: { userId: actor.id, agreement: "USER_AUTHORIZATION", withdrawnAt: null }, data: { withdrawnAt: now } });
    if (count === 0) throw new RefusedError("您当前没有有效的《用户授权协议》授权");
    await audit({ action: "privacy.consent.withdrawn", actorId: actor.id, targetType: "User", targetId: actor.id, meta, detail: { agreement: "USER_AUTHORIZATION", count } }, tx);
    await notify({ userId: actor.id, title: "已撤回《用户授权协议》授权", body: "平台不再基于此前的授权处理您的信息。今后提交贷款申请时需重新阅读并同意《用户授权协议》；已提交的申请可在“申请记录”中撤回。", link: "/me/account" }, tx);
    return { withdrawn: count };
  });
}

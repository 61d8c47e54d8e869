import { decrypt, encrypt, sealedContext } from "@/lib/crypto";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { REVEAL_REASONS, type RevealReason } from "./reveal-schema";
import { staffApplicationScope } from "./scope";

// Fix 10: the console shows 身份证号, phone numbers and 年收入 masked; 查看完整信息 reveals them for one
// application, for 10 minutes, in the session that asked, with a reason in the audit log. An open 续贷 that
// every bank can see stays masked until one takes it up (受理). The grant is a sealed cookie (AES-GCM) bound
// to the session and the application: nothing to clean up, and another session or record never matches it.
export const REVEAL_TTL_MS = 10 * 60_000;
export const REVEAL_COOKIE = "ts_reveal";

interface Grant {
  sid: string;
  app: string;
  exp: number;
}

export async function revealApplication(actor: Actor, applicationId: string, reason: RevealReason, meta: RequestMeta, now: Date): Promise<{ sealed: string; number: string }> {
  if (!actor.sessionId) throw new RefusedError("请重新登录后再查看");
  const scope = await staffApplicationScope(actor);
  const record = await db.loanApplication.findFirst({ where: { AND: [{ id: applicationId }, scope] }, select: { id: true, number: true, kind: true, institutionId: true } });
  if (!record) throw new NotFoundError("申请");
  if (record.kind === "RENEWAL" && record.institutionId === null) throw new RefusedError("该续贷申请尚未由任何机构受理：受理后可查看完整信息");
  await audit({
    action: "application.pii.reveal",
    actorId: actor.id,
    targetType: "LoanApplication",
    targetId: record.id,
    meta,
    detail: { number: record.number, reason, reasonLabel: REVEAL_REASONS[reason], fields: ["身份证号", "手机号", "年收入", "目前贷款总额", "有无被执行", "逾期情况"] },
  });
  const grant: Grant = { sid: actor.sessionId, app: record.id, exp: now.getTime() + REVEAL_TTL_MS };
  return { sealed: encrypt(JSON.stringify(grant), sealedContext("reveal-grant", record.id)), number: record.number };
}

// Whether the cookie grants this session the clear data of this application now.
export function revealGranted(sealed: string | undefined, actor: Actor, applicationId: string, now: Date): boolean {
  if (!sealed || !actor.sessionId) return false;
  try {
    const grant = JSON.parse(decrypt(sealed, sealedContext("reveal-grant", applicationId))) as Partial<Grant>;
    return grant.sid === actor.sessionId && grant.app === applicationId && typeof grant.exp === "number" && grant.exp > now.getTime();
  } catch {
    return false;
  }
}

import { USER_AUTHORIZATION_VERSION } from "@/lib/agreements/user-authorization";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { consentState, type PullAuthorization } from "./authorization";

// 信用报告 for a 融资需求: the institution that took the demand up (对接中) may pull it once the user
// has given it their 《用户授权协议》 授权 from 我的需求 — one consent per demand and institution,
// stored like an application's and withdrawable. Any other institution: not found.

export const DEMAND_CREDIT_PURPOSE = "融资需求对接";
export const DEMAND_NO_CONSENT = "客户尚未授权贵机构查询信用报告（需客户在“我的需求”中确认授权）。";
export const DEMAND_CONSENT_WITHDRAWN = "客户已撤回授权，不能再查询信用报告；已生成的报告仅作为机构依法留存。";
export const DEMAND_NOT_IN_PROGRESS = "需求不在对接中，不能查询信用报告。";

export function demandConsentContext(demandId: string, institutionId: string): string {
  return `demand:${demandId}:${institutionId}`;
}

export async function currentDemandConsent(demand: { id: string; userId: string }, institutionId: string) {
  return db.consent.findFirst({
    where: { userId: demand.userId, agreement: "USER_AUTHORIZATION", context: demandConsentContext(demand.id, institutionId) },
    orderBy: [{ acceptedAt: "desc" }, { id: "desc" }],
    select: { id: true, acceptedAt: true, withdrawnAt: true },
  });
}

const demandSelect = { id: true, number: true, userId: true, status: true, takenByInstitutionId: true, applicantType: true } as const;

// The pull rule for a demand: taken up by this institution, 对接中, and the user's valid consent for it.
export async function authorizeDemandPull(demandId: string, institutionId: string): Promise<PullAuthorization> {
  const demand = await db.financingDemand.findUnique({ where: { id: demandId }, select: demandSelect });
  if (!demand || demand.takenByInstitutionId !== institutionId) throw new NotFoundError("需求");
  if (demand.status !== "IN_PROGRESS") throw new RefusedError(DEMAND_NOT_IN_PROGRESS);
  const consent = await currentDemandConsent(demand, institutionId);
  const state = consentState(consent);
  if (state === "MISSING") throw new RefusedError(DEMAND_NO_CONSENT);
  if (state === "WITHDRAWN") throw new RefusedError(DEMAND_CONSENT_WITHDRAWN);
  const subject = await demandSubject(demand.userId, demand.applicantType);
  if (!subject) throw new RefusedError("客户账号没有可查询的统一社会信用代码或身份证号（需先完成认证）。");
  return {
    target: { type: "demand", id: demand.id, number: demand.number, applicantId: demand.userId },
    purpose: DEMAND_CREDIT_PURPOSE,
    institutionId,
    consentId: consent!.id,
    authorizationRef: `${demand.number}-${consent!.id}`,
    subject,
  };
}

// A demand carries no 统一社会信用代码 or 身份证号: the account's own (企业: its registered enterprise; 个人: its
// personal certification) are the subject.
async function demandSubject(userId: string, applicantType: string) {
  if (applicantType === "ENTERPRISE") {
    const profile = await db.enterpriseProfile.findUnique({ where: { userId }, select: { uscc: true } });
    return profile?.uscc ? { type: "ENTERPRISE" as const, uscc: profile.uscc } : null;
  }
  // The certification's ciphertext is bound to its own row (lib/crypto/columns.ts: keyed by userId).
  const cert = await db.personalCertification.findUnique({ where: { userId }, select: { idNumberEnc: true } });
  return cert?.idNumberEnc ? { type: "PERSON" as const, idNumber: decrypt(cert.idNumberEnc, column("PersonalCertification", "idNumberEnc", userId)) } : null;
}

async function ownTakenDemand(actor: Actor, demandId: string) {
  const demand = await db.financingDemand.findFirst({
    where: { id: demandId, userId: actor.id },
    select: { ...demandSelect, takenBy: { select: { name: true } } },
  });
  if (!demand) throw new NotFoundError("需求");
  return demand;
}

// 我的需求 → 授权: the user accepts 《用户授权协议》 for the institution now handling the demand.
export async function authorizeDemandInstitution(actor: Actor, demandId: string, meta?: RequestMeta): Promise<{ consentId: string }> {
  const demand = await ownTakenDemand(actor, demandId);
  if (demand.status !== "IN_PROGRESS" || !demand.takenByInstitutionId) throw new RefusedError("需求对接中才能授权对接机构查询信用报告。");
  const institutionId = demand.takenByInstitutionId;
  const consent = await currentDemandConsent(demand, institutionId);
  if (consentState(consent) === "VALID") throw new RefusedError("您已授权该机构查询信用报告。");
  return db.$transaction(async (tx) => {
    const created = await tx.consent.create({
      data: {
        userId: actor.id,
        agreement: "USER_AUTHORIZATION",
        version: USER_AUTHORIZATION_VERSION,
        context: demandConsentContext(demand.id, institutionId),
        ip: meta?.ip ?? null,
        userAgent: meta?.userAgent ?? null,
      },
      select: { id: true },
    });
    await audit(
      { action: "credit_report.authorize", actorId: actor.id, targetType: "FinancingDemand", targetId: demand.id, meta, detail: { number: demand.number, institutionId, consentId: created.id } },
      tx,
    );
    return { consentId: created.id };
  });
}

// 撤回授权 for this demand only (撤回授权 in 账号信息 withdraws every 《用户授权协议》 consent, these too).
export async function withdrawDemandAuthorization(actor: Actor, demandId: string, now: Date, meta?: RequestMeta): Promise<{ withdrawn: number }> {
  const demand = await ownTakenDemand(actor, demandId);
  return db.$transaction(async (tx) => {
    const { count } = await tx.consent.updateMany({
      where: { userId: actor.id, agreement: "USER_AUTHORIZATION", context: { startsWith: `demand:${demand.id}:` }, withdrawnAt: null },
      data: { withdrawnAt: now },
    });
    if (count === 0) throw new RefusedError("您没有就该需求给出有效的授权。");
    await audit({ action: "credit_report.authorization_withdrawn", actorId: actor.id, targetType: "FinancingDemand", targetId: demand.id, meta, detail: { number: demand.number, count } }, tx);
    return { withdrawn: count };
  });
}

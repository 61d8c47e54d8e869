import { blindIndex, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, RefusedError } from "@/lib/domain/errors";
import { maskIdNumber } from "@/lib/mask";
import { notify } from "@/lib/messages/notify";
import { enterpriseVerification } from "@/lib/services/enterprise-verification";
import { VerificationUnavailableError, type EnterpriseAnswer, type EnterpriseVerificationDriver } from "@/lib/services/enterprise-verification/types";
import { failuresToday, releaseAttempt, reserveAttempt } from "./attempts";
import { ENTERPRISE_FIELD_LABELS, MAX_DAILY_FAILURES, TOO_MANY_FAILURES, type EnterpriseCertificationInput } from "./schema";

export async function enterpriseFailuresToday(userId: string, now: Date): Promise<number> {
  return failuresToday(userId, "enterprise", now);
}

// The provider answers within 8 s (drivers/http.ts): a reservation older than this is a crash's leftover.
const PENDING_MS = 60_000;

// 添加企业认证: the four factors go to the verification service; 一致 makes the account 已认证 for that
// 统一社会信用代码 (what the 首贷 gate reads: lib/applications/eligibility.ts). 不一致 / 无记录 count as a
// failed attempt; after three in a (Beijing) day the form is refused until the next day.
export async function certifyEnterprise(
  actor: Actor,
  input: EnterpriseCertificationInput,
  meta: RequestMeta,
  now = new Date(),
  driver: EnterpriseVerificationDriver = enterpriseVerification(),
): Promise<{ uscc: string }> {
  if (actor.role !== "ENTERPRISE") throw new ForbiddenError("企业认证需使用企业账号办理，请勿使用个人认证办理企业业务");
  const [current, profile] = await Promise.all([
    db.enterpriseCertification.findUnique({ where: { userId: actor.id }, select: { status: true } }),
    db.enterpriseProfile.findUnique({ where: { userId: actor.id }, select: { uscc: true } }),
  ]);
  if (current?.status === "VERIFIED") throw new RefusedError("您的账号已完成企业认证");
  if ((await enterpriseFailuresToday(actor.id, now)) >= MAX_DAILY_FAILURES) throw new RefusedError(TOO_MANY_FAILURES);
  if (profile && profile.uscc !== input.uscc) {
    throw new RefusedError("统一社会信用代码与注册时填写的企业不一致", { uscc: "请填写注册本账号时的统一社会信用代码" });
  }
  const taken = await db.enterpriseCertification.findFirst({ where: { uscc: input.uscc, status: "VERIFIED", userId: { not: actor.id } }, select: { id: true } });
  if (taken) throw new RefusedError(`该企业已由其他账号完成认证，如有疑问请联系平台工作人员`, { uscc: "该企业已由其他账号完成认证" });

  // Race-safe: the slot is taken before the provider is asked (lib/certification/attempts.ts).
  const attemptId = await reserveAttempt(actor.id, "enterprise", now, { pendingMs: PENDING_MS });
  if (!attemptId) throw new RefusedError(TOO_MANY_FAILURES);
  let answer: EnterpriseAnswer;
  try {
    answer = await driver.verify(input);
  } catch (error) {
    await releaseAttempt(attemptId);
    if (!(error instanceof VerificationUnavailableError)) throw error;
    console.error(`[enterprise-verification] ${driver.name}: ${error.message}`);
    await audit({ action: "certification.enterprise.unavailable", actorId: actor.id, meta, detail: { provider: driver.name } });
    throw new RefusedError("企业信息核验服务暂时不可用，本次不计入失败次数，请稍后再试");
  }

  const fields = {
    enterpriseName: input.enterpriseName,
    legalRepName: input.legalRepName,
    legalRepIdEnc: encrypt(input.legalRepIdNumber, column("EnterpriseCertification", "legalRepIdEnc", actor.id)),
    legalRepIdHash: blindIndex(input.legalRepIdNumber),
    uscc: input.uscc,
  };
  const detail = { uscc: input.uscc, legalRepId: maskIdNumber(input.legalRepIdNumber), provider: driver.name };

  if (answer.result === "MATCH") {
    await db.$transaction(async (tx) => {
      await tx.enterpriseCertification.upsert({
        where: { userId: actor.id },
        create: { userId: actor.id, method: "REGISTRY", status: "VERIFIED", verifiedAt: now, ...fields },
        update: { method: "REGISTRY", status: "VERIFIED", verifiedAt: now, failureReason: null, ...fields },
      });
      await tx.certificationAttempt.update({ where: { id: attemptId }, data: { outcome: "verified" } });
      await notify({ userId: actor.id, title: "企业认证已通过", body: `${input.enterpriseName}已完成企业认证，现在可以申请首贷等企业融资服务。`, link: "/me/certification" }, tx);
      await audit({ action: "certification.enterprise.verified", actorId: actor.id, targetType: "EnterpriseCertification", meta, detail }, tx);
    });
    return { uscc: input.uscc };
  }

  const reason =
    answer.result === "NOT_FOUND"
      ? "未查询到该统一社会信用代码的企业登记信息"
      : `${answer.fields.map((f) => ENTERPRISE_FIELD_LABELS[f]).join("、") || "企业信息"}与登记信息不一致`;
  await db.$transaction(async (tx) => {
    await tx.enterpriseCertification.upsert({
      where: { userId: actor.id },
      create: { userId: actor.id, method: "REGISTRY", status: "FAILED", failedAttempts: 1, failureReason: reason, ...fields },
      update: { status: "FAILED", failedAttempts: { increment: 1 }, failureReason: reason, ...fields },
    });
    await tx.certificationAttempt.update({
      where: { id: attemptId },
      data: { outcome: answer.result === "NOT_FOUND" ? "not_found" : "mismatch", detail: reason },
    });
    await audit({ action: "certification.enterprise.failed", actorId: actor.id, targetType: "EnterpriseCertification", meta, detail: { ...detail, reason } }, tx);
  });
  const left = MAX_DAILY_FAILURES - (await enterpriseFailuresToday(actor.id, now));
  const fieldErrors: Record<string, string> =
    answer.result === "NOT_FOUND"
      ? { uscc: "未查询到该统一社会信用代码的登记信息" }
      : Object.fromEntries(answer.fields.map((f) => [f, `${ENTERPRISE_FIELD_LABELS[f]}与登记信息不一致`]));
  throw new RefusedError(left > 0 ? `认证失败：${reason}，请核对后重新提交（今日还可尝试${left}次）` : `认证失败：${reason}。${TOO_MANY_FAILURES}`, fieldErrors);
}

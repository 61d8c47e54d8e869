import { blindIndex, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { maskIdNumber } from "@/lib/mask";
import { notify } from "@/lib/messages/notify";
import { faceVerification } from "@/lib/services/face-verification";
import { FaceVerificationUnavailableError, PASS_SIMILARITY, type FaceResult, type FaceVerificationDriver } from "@/lib/services/face-verification/types";
import { checkSmsCode, consumeSmsCode } from "@/lib/services/sms/codes";
import type { StorageDriver } from "@/lib/services/storage";
import { formUpload } from "@/lib/uploads/form";
import { failuresToday, reserveAttempt } from "./attempts";
import { MAX_DAILY_FAILURES, TOO_MANY_FAILURES, type PersonalCertificationInput } from "./schema";

// 个人认证 (manual 2.9): step 1 (photos, 姓名, 身份证号码, the account phone's SMS code) opens a face-check
// session at the provider and sends the browser there; the provider sends it back to CALLBACK_PATH with
// the token, and step 3 asks the provider for the result itself.
export const CALLBACK_PATH = "/me/certification/personal/callback";
// A started 个人认证 counts against the day's limit while its token lives (the provider's H5 flow).
const PENDING_MS = 30 * 60_000;
const UNAVAILABLE = "人脸核验服务暂时不可用，本次不计入失败次数，请稍后再试";

function ruleId(env: NodeJS.ProcessEnv = process.env): string {
  return env.FACE_VERIFY_RULE_ID?.trim() || "1";
}

// The provider needs an absolute RedirectUrl; the local mock takes the path.
function redirectUrl(env: NodeJS.ProcessEnv = process.env): string {
  const base = (env.SITE_URL ?? env.AUTH_URL ?? "").replace(/\/$/, "");
  return `${base}${CALLBACK_PATH}`;
}

export async function startPersonalCertification(
  actor: Actor,
  input: PersonalCertificationInput,
  meta: RequestMeta,
  now = new Date(),
  driver: FaceVerificationDriver = faceVerification(),
  storage?: StorageDriver,
): Promise<{ url: string; bizToken: string }> {
  if (actor.role !== "PERSONAL") throw new ForbiddenError("个人认证需使用个人账号办理");
  const [current, user] = await Promise.all([
    db.personalCertification.findUnique({ where: { userId: actor.id }, select: { status: true } }),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true } }),
  ]);
  if (current?.status === "VERIFIED") throw new RefusedError("您的账号已完成个人认证");
  if ((await failuresToday(actor.id, "personal", now)) >= MAX_DAILY_FAILURES) throw new RefusedError(TOO_MANY_FAILURES);
  const code = await checkSmsCode(user.phone, "CERTIFY", input.smsCode, now);
  // New photos for every attempt (manual: 重新认证需再次上传身份证照片). Posted without JavaScript the photos
  // travel with this form: each is stored (and echoed as 已上传) even when the code or the other photo is
  // refused, so that only the refused part is given again, as with JavaScript where the control stored them.
  const refused: Record<string, string> = code.ok ? {} : { smsCode: code.message };
  const photo = async (field: "idPhotoFront" | "idPhotoBack") => {
    try {
      return await formUpload(actor, "id-photo", input, { field, required: true, meta, storage });
    } catch (error) {
      if (!(error instanceof InvalidInputError)) throw error;
      Object.assign(refused, error.fieldErrors);
      return null;
    }
  };
  const front = await photo("idPhotoFront");
  const back = await photo("idPhotoBack");
  if (!code.ok) throw new RefusedError(code.message, refused);
  if (Object.keys(refused).length > 0) throw new InvalidInputError(refused);

  const attemptId = await reserveAttempt(actor.id, "personal", now, { pendingMs: PENDING_MS, abandonPending: true });
  if (!attemptId) throw new RefusedError(TOO_MANY_FAILURES);
  let session;
  try {
    session = await driver.detectAuth({ ruleId: ruleId(), name: input.realName, idNumber: input.idNumber, redirectUrl: redirectUrl() });
  } catch (error) {
    await db.certificationAttempt.deleteMany({ where: { id: attemptId } });
    if (!(error instanceof FaceVerificationUnavailableError)) throw error;
    console.error(`[face-verification] ${driver.name}: ${error.message}`);
    throw new RefusedError(UNAVAILABLE);
  }

  const started = await db.$transaction(async (tx) => {
    if (!(await consumeSmsCode(tx, code.codeId, now))) return false;
    // Tokens of an earlier, unfinished attempt die with it.
    await tx.faceVerification.updateMany({ where: { userId: actor.id, usedAt: null }, data: { usedAt: now, status: "FAILED", reason: "已重新认证" } });
    const fields = {
      status: "PENDING" as const,
      method: "FORM" as const,
      realName: input.realName,
      idNumberEnc: encrypt(input.idNumber, column("PersonalCertification", "idNumberEnc", actor.id)),
      idNumberHash: blindIndex(input.idNumber),
      phone: user.phone,
      idPhotoFileId: front!.id,
      idPhotoBackFileId: back!.id,
      failureReason: null,
      verifiedAt: null,
    };
    await tx.personalCertification.upsert({ where: { userId: actor.id }, create: { userId: actor.id, ...fields }, update: fields });
    await tx.faceVerification.create({
      data: { userId: actor.id, bizToken: session.bizToken, provider: driver.name, expiresAt: session.expiresAt, url: session.url, createdAt: now },
    });
    await tx.certificationAttempt.update({ where: { id: attemptId }, data: { detail: session.bizToken } });
    await audit(
      { action: "certification.personal.started", actorId: actor.id, targetType: "PersonalCertification", meta, detail: { idNumber: maskIdNumber(input.idNumber), provider: driver.name } },
      tx,
    );
    return true;
  });
  if (!started) {
    await db.certificationAttempt.deleteMany({ where: { id: attemptId } });
    throw new RefusedError("短信验证码已使用，请重新获取", { smsCode: "短信验证码已使用，请重新获取" });
  }
  return { url: session.url, bizToken: session.bizToken };
}

export type FaceOutcome = { verified: true } | { verified: false; reason: string };

function judge(result: FaceResult): { outcome: "verified" | "failed" | "abandoned"; reason: string | null } {
  if (result.errCode === 0 && result.liveStatus === 0 && (result.similarity ?? 0) >= PASS_SIMILARITY) return { outcome: "verified", reason: null };
  if (result.errCode === null) return { outcome: "abandoned", reason: "未完成人脸比对，请重新认证" };
  if (result.errCode === -2) return { outcome: "abandoned", reason: "人脸认证已超时，请重新认证" };
  return { outcome: "failed", reason: `人脸比对未通过（${result.errMsg}），请检查身份信息后重新认证` };
}

// Step 3: the browser came back with ?token=. The token must be this user's, unused and alive; the result
// is the provider's answer to our own query — never the redirect's parameters.
export async function finishPersonalCertification(
  actor: Actor,
  bizToken: string,
  meta: RequestMeta,
  now = new Date(),
  driver: FaceVerificationDriver = faceVerification(),
): Promise<FaceOutcome> {
  const face = await db.faceVerification.findFirst({ where: { bizToken, userId: actor.id } });
  if (!face) throw new NotFoundError("认证记录"); // another user's token answers like a missing one
  // Single use, also against two callbacks at the same instant.
  const claimed = await db.faceVerification.updateMany({ where: { id: face.id, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) throw new RefusedError("该人脸认证结果已处理，如需认证请重新开始");

  let verdict: ReturnType<typeof judge>;
  let similarity: number | null = null;
  if (face.expiresAt <= now) {
    verdict = { outcome: "abandoned", reason: "人脸认证已超时，请重新认证" };
  } else {
    try {
      const result = await driver.getDetectInfo(bizToken);
      similarity = result.similarity;
      verdict = judge(result);
    } catch (error) {
      if (!(error instanceof FaceVerificationUnavailableError)) throw error;
      await db.faceVerification.updateMany({ where: { id: face.id, usedAt: now }, data: { usedAt: null } }); // may be asked again
      throw new RefusedError(UNAVAILABLE);
    }
  }

  const verified = verdict.outcome === "verified";
  await db.$transaction(async (tx) => {
    await tx.faceVerification.update({
      where: { id: face.id },
      data: { status: verified ? "VERIFIED" : "FAILED", completedAt: now, similarity, reason: verdict.reason, result: verdict.outcome },
    });
    await tx.certificationAttempt.updateMany({ where: { userId: actor.id, kind: "personal", outcome: "pending", detail: bizToken }, data: { outcome: verdict.outcome } });
    const changed = await tx.personalCertification.updateMany({
      where: { userId: actor.id, status: "PENDING" },
      data: verified
        ? { status: "VERIFIED", verifiedAt: now, failureReason: null }
        : { status: "FAILED", failureReason: verdict.reason, failedAttempts: { increment: verdict.outcome === "failed" ? 1 : 0 } },
    });
    if (changed.count !== 1) return;
    await notify(
      verified
        ? { userId: actor.id, title: "个人认证已通过", body: "您已完成个人认证（身份证信息 + 短信验证 + 人脸认证）。", link: "/me/certification" }
        : { userId: actor.id, title: "个人认证未通过", body: `${verdict.reason}。`, link: "/me/certification" },
      tx,
    );
    await audit(
      {
        action: verified ? "certification.personal.verified" : "certification.personal.failed",
        actorId: actor.id,
        targetType: "PersonalCertification",
        meta,
        detail: { provider: face.provider, similarity, outcome: verdict.outcome },
      },
      tx,
    );
  });
  return verified ? { verified: true } : { verified: false, reason: verdict.reason! };
}

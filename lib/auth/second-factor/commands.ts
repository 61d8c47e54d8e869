import { createHash, createHmac } from "node:crypto";
import { decrypt, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import { audit } from "@/lib/domain/audit";
import { RefusedError } from "@/lib/domain/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { notify } from "@/lib/messages/notify";
import type { RequestMeta } from "@/lib/request-meta";
import { consumeRateLimit, resetRateLimit, retryAfterText } from "@/lib/services/rate-limit";
import { authSecret } from "../config";
import { enrolmentSecret, hashRecoveryCode, matchingStep, normaliseRecoveryCode, recoveryCodesFromSeed } from "./totp";

// The second factor of 机构人员 and 金融办 (等保三级: two factors for privileged users). A password login of
// these roles creates its session with secondFactorPending; validateSession accepts no such session, so
// nothing is usable until /login/verify clears the flag with a TOTP code or a recovery code. An account
// without a factor enrols there, in the same step (scan, type a code, keep the recovery codes).
export const PENDING_TTL_MS = 10 * 60_000; // the code step must follow the password within 10 minutes

export interface PendingLogin {
  sessionId: string;
  userId: string;
  phone: string;
  role: Role;
  enrolled: boolean;
}

export async function pendingLogin(sessionId: string | null, now: Date): Promise<PendingLogin | null> {
  if (!sessionId) return null;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: { id: true, revokedAt: true, secondFactorPending: true, createdAt: true, user: { select: { id: true, phone: true, role: true, status: true, secondFactor: { select: { userId: true } } } } },
  });
  if (!session || !session.secondFactorPending || session.revokedAt || session.user.status !== "ACTIVE") return null;
  if (now.getTime() - session.createdAt.getTime() > PENDING_TTL_MS) return null;
  const { user } = session;
  return { sessionId: session.id, userId: user.id, phone: user.phone, role: user.role, enrolled: !!user.secondFactor };
}

function derivationKey(): Buffer {
  return createHash("sha256").update(`second-factor-enrolment:${authSecret()}`).digest();
}

export function enrolmentSecretFor(sessionId: string): string {
  return enrolmentSecret(sessionId, derivationKey());
}

const EXPIRED = "验证已超时，请重新登录";

async function limitAttempts(userId: string, meta: RequestMeta) {
  const limit = await consumeRateLimit("second-factor-user", userId);
  if (!limit.ok) {
    await audit({ action: "auth.second_factor.rate_limited", actorId: userId, targetType: "User", targetId: userId, meta });
    throw new RefusedError(`验证码错误次数过多，请${retryAfterText(limit.retryAfterSeconds)}后再试`, {});
  }
}

// The session becomes usable: a conditional update, so two tabs cannot both finish one login.
async function completeLogin(tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], login: PendingLogin, now: Date) {
  const done = await tx.session.updateMany({
    where: { id: login.sessionId, secondFactorPending: true, revokedAt: null },
    data: { secondFactorPending: false, lastSeenAt: now },
  });
  if (done.count !== 1) throw new RefusedError(EXPIRED, {});
}

export interface VerifyInput {
  code: string; // 6 digits, or a recovery code
}

export async function verifySecondFactor(sessionId: string | null, input: VerifyInput, meta: RequestMeta, now: Date): Promise<{ role: Role; usedRecoveryCode: boolean }> {
  const login = await pendingLogin(sessionId, now);
  if (!login) throw new RefusedError(EXPIRED, {});
  const factor = await db.secondFactor.findUnique({ where: { userId: login.userId } });
  if (!factor) throw new RefusedError("请先绑定身份验证器", {});
  await limitAttempts(login.userId, meta);

  const code = input.code.trim();
  const wrong = async (reason: string) => {
    await audit({ action: "auth.second_factor.failure", actorId: login.userId, targetType: "Session", targetId: login.sessionId, meta, detail: { reason } });
    return new RefusedError("动态验证码错误", { code: "动态验证码错误或已过期，请输入身份验证器上当前显示的6位数字" });
  };

  if (/^\d{6}$/.test(code)) {
    const step = matchingStep(decrypt(factor.secretEnc, column("SecondFactor", "secretEnc", factor.userId)), code, now);
    if (step === null) throw await wrong("wrong-code");
    await db.$transaction(async (tx) => {
      // Each code once: the step must be later than the last one accepted (a code seen over a shoulder or
      // in a proxy log is worthless after its use).
      const used = await tx.secondFactor.updateMany({ where: { userId: login.userId, lastStep: { lt: step } }, data: { lastStep: step } });
      if (used.count !== 1) throw new RefusedError("该动态验证码已使用", { code: "该动态验证码已使用，请等待身份验证器显示下一个验证码" });
      await completeLogin(tx, login, now);
      await audit({ action: "auth.second_factor.success", actorId: login.userId, targetType: "Session", targetId: login.sessionId, meta, detail: { method: "totp" } }, tx);
    });
    await resetRateLimit("second-factor-user", login.userId);
    return { role: login.role, usedRecoveryCode: false };
  }

  if (normaliseRecoveryCode(code).length !== 12) throw await wrong("malformed");
  const left = await db.$transaction(async (tx) => {
    const used = await tx.recoveryCode.updateMany({ where: { userId: login.userId, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
    if (used.count !== 1) return null;
    await completeLogin(tx, login, now);
    const remaining = await tx.recoveryCode.count({ where: { userId: login.userId, usedAt: null } });
    await audit({ action: "auth.second_factor.recovery_code", actorId: login.userId, targetType: "Session", targetId: login.sessionId, meta, detail: { remaining } }, tx);
    await notify({ userId: login.userId, title: "恢复码已使用", body: `您使用恢复码登录了平台，剩余${remaining}个恢复码。如非本人操作，请立即修改密码并联系平台管理员。` }, tx);
    return remaining;
  });
  if (left === null) throw await wrong("wrong-recovery-code");
  await resetRateLimit("second-factor-user", login.userId);
  return { role: login.role, usedRecoveryCode: true };
}

export interface EnrolInput {
  code: string;
}

// 绑定身份验证器: the code proves the app holds the secret of this pending login; then the factor and its
// recovery codes (shown on the enrolment page, derived from the same session) are stored and the login completes.
export async function enrolSecondFactor(sessionId: string | null, input: EnrolInput, meta: RequestMeta, now: Date): Promise<{ role: Role }> {
  const login = await pendingLogin(sessionId, now);
  if (!login) throw new RefusedError(EXPIRED, {});
  if (login.enrolled) throw new RefusedError("该账号已绑定身份验证器，请输入动态验证码", {});
  await limitAttempts(login.userId, meta);
  const secret = enrolmentSecretFor(login.sessionId);
  const step = matchingStep(secret, input.code.trim(), now);
  if (step === null) {
    await audit({ action: "auth.second_factor.failure", actorId: login.userId, targetType: "Session", targetId: login.sessionId, meta, detail: { reason: "enrolment-wrong-code" } });
    throw new RefusedError("动态验证码错误", { code: "动态验证码错误，请确认已扫描本页的二维码，并输入当前显示的6位数字" });
  }
  await db.$transaction(async (tx) => {
    const created = await tx.secondFactor.createMany({ data: [{ userId: login.userId, secretEnc: encrypt(secret, column("SecondFactor", "secretEnc", login.userId)), lastStep: step, enabledAt: now }], skipDuplicates: true });
    if (created.count !== 1) throw new RefusedError("该账号已绑定身份验证器，请输入动态验证码", {});
    await tx.recoveryCode.deleteMany({ where: { userId: login.userId } });
    await tx.recoveryCode.createMany({ data: recoveryCodesFor(login.sessionId).map((c) => ({ userId: login.userId, codeHash: hashRecoveryCode(c), createdAt: now })) });
    await completeLogin(tx, login, now);
    await audit({ action: "auth.second_factor.enrolled", actorId: login.userId, targetType: "User", targetId: login.userId, meta }, tx);
    await notify({ userId: login.userId, title: "已绑定身份验证器", body: "您的账号已开启登录二次验证：今后登录需输入身份验证器上的动态验证码。请妥善保存恢复码。" }, tx);
  });
  await resetRateLimit("second-factor-user", login.userId);
  return { role: login.role };
}

// The recovery codes the enrolment page shows, derived from the pending session like the secret.
export function recoveryCodesFor(sessionId: string): string[] {
  return recoveryCodesFromSeed(createHmac("sha256", derivationKey()).update(`recovery:${sessionId}`).digest());
}

import { z } from "zod";
import { audit } from "@/lib/domain/audit";
import { blindIndex, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskPhone } from "@/lib/mask";
import type { RequestMeta } from "@/lib/request-meta";
import { isValidIdNumber, normalizeIdNumber } from "@/lib/validation/id-number";
import { isValidUscc, normalizeUscc } from "@/lib/validation/uscc";
import { createSession } from "./session";

// What the provincial identity system asserts (userinfo claims) and how it becomes a local account.
// Later logins find the account by the provider's subject. The first login creates an account for a phone
// the province verified; it never takes over an existing account with the same phone (a recycled number
// would take over someone's history): that account is linked only by its owner, signed in, from 个人中心 →
// 账号信息 (`link`). A certification the account already has is never overwritten; the province's
// 个人认证 is recorded only where there is none.
export const ssoClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(50),
  phone_number: z.string().trim().regex(/^(\+?86)?1[3-9]\d{9}$/),
  phone_number_verified: z.boolean().optional(),
  id_number: z.string().trim().optional(),
  identity_type: z.enum(["person", "legal_person"]).optional(),
  enterprise_name: z.string().trim().max(100).optional(),
  uscc: z.string().trim().optional(),
});
export type SsoClaims = z.infer<typeof ssoClaimsSchema>;

export class SsoAccountError extends Error {
  constructor(readonly reason: "claims" | "unverified-phone" | "role" | "disabled" | "linked-elsewhere" | "link-required", message: string) {
    super(message);
    this.name = "SsoAccountError";
  }
}

type Tx = Prisma.TransactionClient;

async function markVerified(tx: Tx, userId: string, claims: SsoClaims, phone: string, now: Date): Promise<boolean> {
  const existing = await tx.personalCertification.findUnique({ where: { userId }, select: { status: true } });
  if (existing) return false;
  const idNumber = claims.id_number && isValidIdNumber(claims.id_number) ? normalizeIdNumber(claims.id_number) : null;
  await tx.personalCertification.create({
    data: {
      userId,
      status: "VERIFIED",
      method: "SSO",
      realName: claims.name,
      idNumberEnc: idNumber ? encrypt(idNumber, column("PersonalCertification", "idNumberEnc", userId)) : null,
      idNumberHash: idNumber ? blindIndex(idNumber) : null,
      phone,
      verifiedAt: now,
      failureReason: null,
    },
  });
  return true;
}

async function createAccount(tx: Tx, claims: SsoClaims, phone: string, now: Date) {
  const uscc = claims.uscc && isValidUscc(claims.uscc) ? normalizeUscc(claims.uscc) : null;
  const enterprise =
    claims.identity_type === "legal_person" && uscc && claims.enterprise_name
      ? (await tx.enterpriseProfile.findUnique({ where: { uscc } }))
        ? null // that enterprise already has an account: the legal representative gets a personal one
        : { name: claims.enterprise_name, uscc }
      : null;
  return tx.user.create({
    data: {
      phone,
      role: enterprise ? "ENTERPRISE" : "PERSONAL",
      name: claims.name,
      ssoSubject: claims.sub,
      lastLoginAt: now,
      createdAt: now,
      ...(enterprise ? { enterprise: { create: enterprise } } : {}),
    },
  });
}

// `link`: the signed-in account that asked, from 个人中心, to be linked to this provincial identity.
export async function signInWithSso(
  raw: unknown,
  meta: RequestMeta,
  now: Date,
  link?: { userId: string } | null,
): Promise<{ userId: string; sessionId: string }> {
  const parsed = ssoClaimsSchema.safeParse(raw);
  if (!parsed.success) throw new SsoAccountError("claims", "统一身份认证返回的信息不完整");
  const claims = parsed.data;
  const phone = claims.phone_number.replace(/^\+?86/, "");
  const logBase = { meta };

  return db.$transaction(async (tx) => {
    let user = await tx.user.findUnique({ where: { ssoSubject: claims.sub } });
    let action = "auth.sso.login";
    if (user && link && user.id !== link.userId) throw new SsoAccountError("linked-elsewhere", "该统一身份认证账号已关联其他平台账号");
    if (!user && link) {
      const own = await tx.user.findUnique({ where: { id: link.userId } });
      if (!own) throw new SsoAccountError("claims", "账号不存在");
      if (own.ssoSubject) throw new SsoAccountError("linked-elsewhere", "该账号已关联其他统一身份认证账号");
      if (own.role === "STAFF" || own.role === "ADMIN") throw new SsoAccountError("role", "机构人员和管理员请使用账号密码登录");
      user = await tx.user.update({ where: { id: own.id }, data: { ssoSubject: claims.sub } });
      action = "auth.sso.link";
    } else if (!user) {
      const byPhone = await tx.user.findUnique({ where: { phone }, select: { role: true } });
      if (byPhone?.role === "STAFF" || byPhone?.role === "ADMIN") throw new SsoAccountError("role", "机构人员和管理员请使用账号密码登录");
      if (byPhone) {
        throw new SsoAccountError("link-required", "该手机号已注册平台账号，请先使用账号密码登录，再在 个人中心 → 账号信息 关联统一身份认证");
      }
      if (claims.phone_number_verified !== true) throw new SsoAccountError("unverified-phone", "统一身份认证未确认手机号，无法开通账号");
      user = await createAccount(tx, claims, phone, now);
      action = "auth.sso.register";
    }
    if (user.status !== "ACTIVE") throw new SsoAccountError("disabled", "该账号已停用");
    if (user.role === "STAFF" || user.role === "ADMIN") throw new SsoAccountError("role", "机构人员和管理员请使用账号密码登录");
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    const certified = await markVerified(tx, user.id, claims, phone, now);
    const session = await createSession(user.id, { ...meta, now }, tx);
    await audit({ action, actorId: user.id, targetType: "User", targetId: user.id, ...logBase, detail: { phone: maskPhone(phone), method: "sso", certified } }, tx);
    await audit({ action: "auth.login.success", actorId: user.id, targetType: "Session", targetId: session.id, ...logBase, detail: { method: "sso" } }, tx);
    return { userId: user.id, sessionId: session.id };
  });
}

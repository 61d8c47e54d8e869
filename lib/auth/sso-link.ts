import { decrypt, encrypt, sealedContext } from "@/lib/crypto";

// 关联统一身份认证 from 个人中心: the signed-in session that asked is carried through the provider round trip
// in an encrypted, short-lived cookie (AES-GCM: it cannot be forged or altered). The SSO callback links the
// provincial identity to that session's account only if the session is still valid (lib/auth/config.ts).
export const SSO_LINK_COOKIE = "ts_sso_link";
export const SSO_LINK_TTL_S = 600;

export function sealSsoLink(sessionId: string, now: Date): string {
  return encrypt(JSON.stringify({ sid: sessionId, exp: now.getTime() + SSO_LINK_TTL_S * 1000 }), sealedContext("sso-link"));
}

export function ssoLinkSessionId(cookieHeader: string | null, now: Date): string | null {
  const raw = cookieHeader?.split(/;\s*/).find((c) => c.startsWith(`${SSO_LINK_COOKIE}=`))?.slice(SSO_LINK_COOKIE.length + 1);
  if (!raw) return null;
  try {
    const { sid, exp } = JSON.parse(decrypt(decodeURIComponent(raw), sealedContext("sso-link"))) as { sid?: unknown; exp?: unknown };
    return typeof sid === "string" && typeof exp === "number" && exp > now.getTime() ? sid : null;
  } catch {
    return null;
  }
}

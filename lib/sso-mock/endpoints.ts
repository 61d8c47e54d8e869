import "server-only";
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { SignJWT, jwtVerify } from "jose";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import { mockClient } from "@/lib/sso/settings";
import { signingKey } from "./keys";

// Discovery, token, userinfo and JWKS endpoints of the mock provider (RS256, code flow + PKCE).
const ACCESS_TOKEN_TTL_S = 600;
const ID_TOKEN_TTL_S = 300;

const json = (body: unknown, status = 200, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "cache-control": "no-store", pragma: "no-cache", ...extra } });
const oauthError = (error: string, description: string, status = 400) => {
  console.warn(`[sso-mock] ${error}: ${description}`);
  return json({ error, error_description: description }, status);
};

export function discoveryDocument(issuer: string) {
  return {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    userinfo_endpoint: `${issuer}/userinfo`,
    jwks_uri: `${issuer}/jwks`,
    response_types_supported: ["code"],
    response_modes_supported: ["query"],
    grant_types_supported: ["authorization_code"],
    subject_types_supported: ["public"],
    id_token_signing_alg_values_supported: ["RS256"],
    token_endpoint_auth_methods_supported: ["client_secret_basic", "client_secret_post"],
    code_challenge_methods_supported: ["S256"],
    scopes_supported: ["openid", "profile", "phone"],
    claims_supported: ["sub", "name", "phone_number", "phone_number_verified", "id_number", "identity_type", "enterprise_name", "uscc"],
    authorization_response_iss_parameter_supported: true,
  };
}

export async function jwksResponse(): Promise<Response> {
  const key = await signingKey();
  return Response.json({ keys: [key.publicJwk] }, { headers: { "cache-control": "public, max-age=300" } });
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function clientFrom(request: Request, form: URLSearchParams): { id: string; secret: string } | null {
  const header = request.headers.get("authorization");
  if (header?.startsWith("Basic ")) {
    const decoded = Buffer.from(header.slice(6), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 0) return null;
    const unescape = (s: string) => decodeURIComponent(s.replace(/\+/g, " "));
    try {
      return { id: unescape(decoded.slice(0, colon)), secret: unescape(decoded.slice(colon + 1)) };
    } catch {
      return null;
    }
  }
  const id = form.get("client_id");
  const secret = form.get("client_secret");
  return id && secret ? { id, secret } : null;
}

export function pkceChallenge(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

export async function tokenEndpoint(request: Request, issuer: string, now = new Date()): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const registered = mockClient();
  const client = clientFrom(request, form);
  if (!registered || !client || !safeEqual(client.id, registered.clientId) || !safeEqual(client.secret, registered.clientSecret)) {
    return oauthError("invalid_client", "client authentication failed", 401);
  }
  if (form.get("grant_type") !== "authorization_code") return oauthError("unsupported_grant_type", "only authorization_code");
  const code = form.get("code") ?? "";
  const verifier = form.get("code_verifier") ?? "";
  // Single use: the first exchange marks the code, whatever happens next.
  const claimed = await db.ssoMockCode.updateMany({ where: { code, usedAt: null }, data: { usedAt: now } });
  if (claimed.count !== 1) return oauthError("invalid_grant", "authorization code is invalid or was already used");
  const grant = await db.ssoMockCode.findUnique({ where: { code } });
  if (!grant || grant.expiresAt <= now) return oauthError("invalid_grant", "authorization code expired");
  if (grant.clientId !== client.id || grant.redirectUri !== form.get("redirect_uri")) {
    return oauthError("invalid_grant", `client or redirect_uri does not match the authorization request (${grant.redirectUri} ≠ ${form.get("redirect_uri")})`);
  }
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) || !safeEqual(pkceChallenge(verifier), grant.codeChallenge)) {
    return oauthError("invalid_grant", "PKCE verification failed");
  }
  const key = await signingKey();
  const iat = Math.floor(now.getTime() / 1000);
  const idToken = await new SignJWT({ nonce: grant.nonce ?? undefined, auth_time: iat })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "JWT" })
    .setIssuer(issuer)
    .setSubject(grant.subject)
    .setAudience(grant.clientId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ID_TOKEN_TTL_S)
    .sign(key.privateKey);
  const accessToken = await new SignJWT({ scope: grant.scope, client_id: grant.clientId })
    .setProtectedHeader({ alg: "RS256", kid: key.kid, typ: "at+jwt" })
    .setIssuer(issuer)
    .setSubject(grant.subject)
    .setAudience(`${issuer}/userinfo`)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ACCESS_TOKEN_TTL_S)
    .setJti(randomBytes(12).toString("hex"))
    .sign(key.privateKey);
  return json({ access_token: accessToken, token_type: "Bearer", expires_in: ACCESS_TOKEN_TTL_S, id_token: idToken, scope: grant.scope });
}

export async function userinfoEndpoint(request: Request, issuer: string, now = new Date()): Promise<Response> {
  const header = request.headers.get("authorization") ?? "";
  const token = header.startsWith("Bearer ") ? header.slice(7).trim() : "";
  const unauthorized = () => json({ error: "invalid_token" }, 401, { "www-authenticate": 'Bearer error="invalid_token"' });
  if (!token) return unauthorized();
  const key = await signingKey();
  let subject: string;
  let scope: string[];
  try {
    const { payload } = await jwtVerify(token, key.publicKey, {
      issuer,
      audience: `${issuer}/userinfo`,
      algorithms: ["RS256"],
      typ: "at+jwt",
      currentDate: now,
    });
    subject = String(payload.sub);
    scope = String(payload.scope ?? "").split(" ");
  } catch {
    return unauthorized();
  }
  const identity = await db.ssoMockIdentity.findUnique({ where: { subject } });
  if (!identity) return unauthorized();
  const claims: Record<string, unknown> = { sub: identity.subject };
  if (scope.includes("profile")) {
    Object.assign(claims, {
      name: identity.name,
      id_number: decrypt(identity.idNumberEnc, column("SsoMockIdentity", "idNumberEnc", identity.id)),
      identity_type: identity.kind === "LEGAL_REP" ? "legal_person" : "person",
      ...(identity.enterpriseName ? { enterprise_name: identity.enterpriseName } : {}),
      ...(identity.uscc ? { uscc: identity.uscc } : {}),
    });
  }
  if (scope.includes("phone")) Object.assign(claims, { phone_number: identity.phone, phone_number_verified: true });
  return json(claims);
}

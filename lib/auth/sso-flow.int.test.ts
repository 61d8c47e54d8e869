import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { decode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authSecret, buildAuthConfig } from "@/lib/auth/config";
import { createSession, validateSession } from "@/lib/auth/session";
import { signInWithSso } from "@/lib/auth/sso-account";
import { blindIndex } from "@/lib/crypto";
import { db } from "@/lib/db";
import { authorizeGet, authorizePost } from "@/lib/sso-mock/authorize";
import { SSO_MOCK_DEMO_PASSWORD } from "@/lib/sso-mock/demo";
import { discoveryDocument, jwksResponse, tokenEndpoint, userinfoEndpoint } from "@/lib/sso-mock/endpoints";
import { mockIssuer } from "@/lib/sso/settings";
import { SSO_MOCK_IDENTITIES } from "@/prisma/seed/sso";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { meta } from "@/tests/helpers/accounts";

// The whole OpenID Connect code flow, in-process: Auth.js (relying party, the app's real config)
// talks to the mock provider's handlers through a fetch that calls them directly.
delete process.env.AUTH_URL;
delete process.env.SITE_URL;
const ORIGIN = "http://127.0.0.1:3999";
const ISSUER = mockIssuer(ORIGIN)!;
const COOKIE = "authjs.session-token";

const providerFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const path = new URL(request.url).pathname.replace(/^\/sso-mock/, "");
  if (path === "/.well-known/openid-configuration") return Response.json(discoveryDocument(ISSUER));
  if (path === "/token") return tokenEndpoint(request, ISSUER);
  if (path === "/userinfo") return userinfoEndpoint(request, ISSUER);
  if (path === "/jwks") return jwksResponse();
  return new Response("not found", { status: 404 });
};
const configWith = (extra: Partial<Parameters<typeof buildAuthConfig>[0]> = {}) =>
  ({ ...buildAuthConfig({ origin: ORIGIN, meta: meta("203.0.113.44"), fetch: providerFetch, ...extra }), basePath: "/api/auth" });
let config = configWith();

type RawResult = { redirect?: string; cookies?: { name: string; value: string }[] };
const cookieHeader = (cookies: { name: string; value: string }[] = []) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");

// 1. The app sends the browser to the provider (state, PKCE and nonce cookies set).
async function startSignIn() {
  const request = new Request(`${ORIGIN}/api/auth/signin/gansu`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ callbackUrl: `${ORIGIN}/me` }),
  });
  const result = (await Auth(request, { ...config, raw, skipCSRFCheck } as never)) as unknown as RawResult;
  return { authorizeUrl: new URL(result.redirect!), cookies: cookieHeader(result.cookies) };
}

// 2. The person logs in on the provider's page, which redirects back with a code.
async function loginAtProvider(authorizeUrl: URL, username: string, password = SSO_MOCK_DEMO_PASSWORD) {
  const form = new URLSearchParams(authorizeUrl.searchParams);
  form.set("username", username);
  form.set("password", password);
  const response = await authorizePost(new Request(authorizeUrl, { method: "POST", body: form }), ISSUER);
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!);
}

// 3. The browser brings the code to the app's callback.
async function callback(redirect: URL, cookies: string) {
  const url = new URL(`${ORIGIN}/api/auth/callback/gansu`);
  url.search = redirect.search;
  const response = (await Auth(new Request(url, { headers: { cookie: cookies } }), config as never)) as Response;
  const session = response.headers.getSetCookie().find((c) => c.startsWith(`${COOKIE}=`));
  return { location: response.headers.get("location") ?? "", session: session?.split(";")[0].slice(COOKIE.length + 1) };
}

async function sessionUser(cookie: string | undefined) {
  const token = cookie ? await decode({ token: cookie, secret: authSecret(), salt: COOKIE }) : null;
  return (await validateSession(typeof token?.sid === "string" ? token.sid : null, new Date()))?.user ?? null;
}

async function ssoLogin(username: string) {
  const { authorizeUrl, cookies } = await startSignIn();
  return callback(await loginAtProvider(authorizeUrl, username), cookies);
}

const identity = (username: string) => SSO_MOCK_IDENTITIES.find((i) => i.username === username)!;

describe("甘肃省统一身份认证系统 (mock) with Auth.js", () => {
  it("asks for the code flow with PKCE (S256), state and nonce", async () => {
    const { authorizeUrl } = await startSignIn();
    expect(authorizeUrl.origin + authorizeUrl.pathname).toBe(`${ISSUER}/authorize`);
    const params = authorizeUrl.searchParams;
    expect(params.get("response_type")).toBe("code");
    expect(params.get("code_challenge_method")).toBe("S256");
    for (const name of ["code_challenge", "state", "nonce"]) expect(params.get(name)).toBeTruthy();
    expect(params.get("redirect_uri")).toBe(`${ORIGIN}/api/auth/callback/gansu`);
    const page = await authorizeGet(new Request(authorizeUrl), ISSUER);
    expect(await page.text()).toContain("甘肃省统一身份认证系统");
  });

  it("first login creates the account, marked 个人认证 已认证; later logins reuse it", async () => {
    const first = await ssoLogin("lina");
    expect(first.location).toBe(`${ORIGIN}/me`);
    const user = await sessionUser(first.session);
    expect(user).toMatchObject({ phone: identity("lina").phone, role: "PERSONAL", name: "李娜" });
    const certification = await db.personalCertification.findUniqueOrThrow({ where: { userId: user!.id } });
    const idNumber = identity("lina").idFirst17 + idNumberCheckChar(identity("lina").idFirst17);
    expect(certification).toMatchObject({ status: "VERIFIED", method: "SSO", realName: "李娜", idNumberHash: blindIndex(idNumber) });
    expect(certification.idNumberEnc).not.toContain(idNumber);
    expect(await db.auditLog.count({ where: { action: "auth.sso.register", actorId: user!.id } })).toBe(1);
    expect(JSON.stringify(await db.auditLog.findMany({ where: { actorId: user!.id } }))).not.toContain(idNumber);

    const second = await ssoLogin("lina");
    const again = await sessionUser(second.session);
    expect(again?.id).toBe(user!.id);
    expect(await db.user.count({ where: { phone: identity("lina").phone } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.sso.login", actorId: user!.id } })).toBe(1);
  });

  it("does not link an existing account by phone alone: the user must log in with the password first", async () => {
    const phone = identity("zhangwei").phone;
    const existing = await db.user.findUniqueOrThrow({ where: { phone } });
    const result = await ssoLogin("zhangwei");
    expect(result.location).toBe(`${ORIGIN}/login?error=sso-link-required`);
    expect(result.session).toBeUndefined();
    expect((await db.user.findUniqueOrThrow({ where: { id: existing.id } })).ssoSubject).toBeNull();
  });

  it("links from 个人中心 while signed in, and keeps the account's own certification", async () => {
    const owner = await db.user.create({ data: { phone: "17099990001", role: "PERSONAL", name: "原账号" } });
    await db.personalCertification.create({ data: { userId: owner.id, status: "PENDING", method: "FORM", realName: "原账号" } });
    const session = await createSession(owner.id, { now: new Date() });
    config = configWith({ linkSessionId: session.id });
    try {
      const result = await ssoLogin("zhaolei");
      expect(result.location).toBe(`${ORIGIN}/me`);
      expect((await sessionUser(result.session))?.id).toBe(owner.id);
    } finally {
      config = configWith();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).ssoSubject).toBeTruthy();
    expect(await db.personalCertification.findUniqueOrThrow({ where: { userId: owner.id } })).toMatchObject({ status: "PENDING", realName: "原账号" });
    expect(await db.auditLog.count({ where: { action: "auth.sso.link", actorId: owner.id } })).toBe(1);
    expect(await db.user.count({ where: { phone: identity("zhaolei").phone } })).toBe(0);
  });

  it("refuses an ID token that the issuer's published keys did not sign", async () => {
    const { generateKeyPair, exportJWK } = await import("jose");
    const other = await exportJWK((await generateKeyPair("RS256", { extractable: true })).publicKey);
    const { kid } = (await (await jwksResponse()).json()).keys[0];
    const forgedKeys: typeof fetch = async (input, init) =>
      new URL(new Request(input, init).url).pathname.endsWith("/jwks") ? Response.json({ keys: [{ ...other, kid, alg: "RS256" }] }) : providerFetch(input, init);
    config = configWith({ fetch: forgedKeys });
    try {
      const result = await ssoLogin("lina");
      expect(result.session).toBeUndefined();
      expect(result.location).toContain("/login?error=");
    } finally {
      config = configWith();
    }
  });

  it("creates an account only for a phone the province verified", async () => {
    const claims = { sub: "unverified-subject", name: "某人", phone_number: "17099990002", phone_number_verified: false };
    await expect(signInWithSso(claims, meta(), new Date())).rejects.toMatchObject({ reason: "unverified-phone" });
    expect(await db.user.count({ where: { phone: "17099990002" } })).toBe(0);
  });

  it("a legal representative gets an enterprise account", async () => {
    const user = await sessionUser((await ssoLogin("wangfang")).session);
    expect(user?.role).toBe("ENTERPRISE");
    const profile = await db.enterpriseProfile.findUniqueOrThrow({ where: { userId: user!.id } });
    expect(profile.name).toBe("天水陇原农业发展有限公司");
  });

  it("never signs in as staff through SSO", async () => {
    const phone = identity("sunli").phone;
    await db.user.upsert({ where: { phone }, update: { role: "STAFF" }, create: { phone, role: "STAFF" } });
    const result = await ssoLogin("sunli");
    expect(result.location).toBe(`${ORIGIN}/login?error=sso-role`);
    expect(result.session).toBeUndefined();
  });

  it("rejects a wrong state", async () => {
    const { authorizeUrl, cookies } = await startSignIn();
    const redirect = await loginAtProvider(authorizeUrl, "zhaolei");
    redirect.searchParams.set("state", "forged-state");
    const result = await callback(redirect, cookies);
    expect(result.session).toBeUndefined();
    expect(result.location).toContain("/login?error=");
    expect(await db.user.count({ where: { phone: identity("zhaolei").phone } })).toBe(0);
  });

  it("rejects a reused code", async () => {
    const { authorizeUrl, cookies } = await startSignIn();
    const redirect = await loginAtProvider(authorizeUrl, "lina");
    expect((await callback(redirect, cookies)).session).toBeTruthy();
    const replay = await callback(redirect, cookies);
    expect(replay.session).toBeUndefined();
    expect(replay.location).toContain("/login?error=");
  });
});

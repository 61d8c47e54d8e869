import { createLocalJWKSet, jwtVerify } from "jose";
import { describe, expect, it } from "vitest";
import { authorizeGet, authorizePost } from "@/lib/sso-mock/authorize";
import { SSO_MOCK_DEMO_PASSWORD } from "@/lib/sso-mock/demo";
import { jwksResponse, pkceChallenge, tokenEndpoint, userinfoEndpoint } from "@/lib/sso-mock/endpoints";
import { mockClient, mockIssuer } from "@/lib/sso/settings";
import { SSO_MOCK_IDENTITIES } from "@/prisma/seed/sso";

// The mock 甘肃省统一身份认证系统's own endpoints: code exchange (single use, PKCE, client
// authentication), RS256 tokens verifiable with its JWKS, userinfo, redirect URI and PKCE rules.
delete process.env.AUTH_URL;
delete process.env.SITE_URL;
const ORIGIN = "http://127.0.0.1:3999";
const ISSUER = mockIssuer(ORIGIN)!;
const identity = (username: string) => SSO_MOCK_IDENTITIES.find((i) => i.username === username)!;

describe("the mock provider's endpoints", () => {
  const client = mockClient()!;
  const basic = `Basic ${Buffer.from(`${client.clientId}:${client.clientSecret}`).toString("base64")}`;
  const verifier = "v".repeat(43) + "-correct-verifier";
  const redirectUri = `${ORIGIN}/api/auth/callback/gansu`;

  async function code(nonce = "n-123") {
    const form = new URLSearchParams({
      client_id: client.clientId,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "openid profile phone",
      state: "s-1",
      nonce,
      code_challenge: pkceChallenge(verifier),
      code_challenge_method: "S256",
      username: "lina",
      password: SSO_MOCK_DEMO_PASSWORD,
    });
    const response = await authorizePost(new Request(`${ISSUER}/authorize`, { method: "POST", body: form }), ISSUER);
    return new URL(response.headers.get("location")!).searchParams.get("code")!;
  }

  const exchange = (value: string, codeVerifier = verifier) =>
    tokenEndpoint(
      new Request(`${ISSUER}/token`, {
        method: "POST",
        headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ grant_type: "authorization_code", code: value, redirect_uri: redirectUri, code_verifier: codeVerifier }),
      }),
      ISSUER,
    );

  it("rejects a bad PKCE verifier, and the code is then spent", async () => {
    const value = await code();
    const bad = await exchange(value, "w".repeat(50));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: "invalid_grant", error_description: "PKCE verification failed" });
    expect((await exchange(value)).status).toBe(400);
  });

  it("rejects a reused code", async () => {
    const value = await code();
    expect((await exchange(value)).status).toBe(200);
    const second = await exchange(value);
    expect(second.status).toBe(400);
    expect((await second.json()).error).toBe("invalid_grant");
  });

  it("issues RS256 ID tokens verifiable with its JWKS, and userinfo with the identity", async () => {
    const tokens = await (await exchange(await code("nonce-xyz"))).json();
    const jwks = createLocalJWKSet(await (await jwksResponse()).json());
    const { payload, protectedHeader } = await jwtVerify(tokens.id_token, jwks, { issuer: ISSUER, audience: client.clientId });
    expect(protectedHeader.alg).toBe("RS256");
    expect(payload.nonce).toBe("nonce-xyz");
    const info = await userinfoEndpoint(new Request(`${ISSUER}/userinfo`, { headers: { authorization: `Bearer ${tokens.access_token}` } }), ISSUER);
    expect(await info.json()).toMatchObject({ sub: payload.sub, name: "李娜", phone_number: identity("lina").phone, phone_number_verified: true });
    const forged = await userinfoEndpoint(new Request(`${ISSUER}/userinfo`, { headers: { authorization: "Bearer abc" } }), ISSUER);
    expect(forged.status).toBe(401);
  });

  it("rejects wrong client credentials", async () => {
    const value = await code();
    const response = await tokenEndpoint(
      new Request(`${ISSUER}/token`, {
        method: "POST",
        headers: { authorization: `Basic ${Buffer.from(`${client.clientId}:wrong`).toString("base64")}` },
        body: new URLSearchParams({ grant_type: "authorization_code", code: value, redirect_uri: redirectUri, code_verifier: verifier }),
      }),
      ISSUER,
    );
    expect(response.status).toBe(401);
  });

  it("never redirects to an unregistered redirect_uri and requires PKCE", async () => {
    const base = { client_id: client.clientId, response_type: "code", scope: "openid", state: "s" };
    const evil = await authorizeGet(new Request(`${ISSUER}/authorize?${new URLSearchParams({ ...base, redirect_uri: "https://evil.example/cb", code_challenge: "x", code_challenge_method: "S256" })}`), ISSUER);
    expect(evil.status).toBe(400);
    expect(evil.headers.get("location")).toBeNull();
    const noPkce = await authorizeGet(new Request(`${ISSUER}/authorize?${new URLSearchParams({ ...base, redirect_uri: redirectUri })}`), ISSUER);
    expect(noPkce.status).toBe(303);
    expect(new URL(noPkce.headers.get("location")!).searchParams.get("error")).toBe("invalid_request");
  });

  it("refuses a wrong password on its login page", async () => {
    const form = new URLSearchParams({
      client_id: client.clientId,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: "openid",
      code_challenge: pkceChallenge(verifier),
      code_challenge_method: "S256",
      username: "zhangwei",
      password: "nope",
    });
    const response = await authorizePost(new Request(`${ISSUER}/authorize`, { method: "POST", body: form }), ISSUER);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("用户名或密码错误");
  });
});

import { createLocalJWKSet, jwtVerify, type JSONWebKeySet, type JWTPayload } from "jose";

// The ID token's signature, checked against the keys the issuer publishes (its discovery document's
// jwks_uri), with its issuer and audience. Auth.js checks iss, aud and nonce but trusts the signature of a
// token received over the back channel; the province's token is verified here as well.
const ALGORITHMS = ["RS256", "PS256", "ES256"];
const KEYS_TTL_MS = 10 * 60_000;
// Per fetch implementation (tests route the provider in-process), then per issuer.
const keySets = new WeakMap<typeof fetch, Map<string, { at: number; keys: JSONWebKeySet }>>();

async function fetchJson(fetchImpl: typeof fetch, url: string): Promise<unknown> {
  const response = await fetchImpl(url, { headers: { accept: "application/json" }, redirect: "error" });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

async function issuerKeys(issuer: string, fetchImpl: typeof fetch, fresh: boolean): Promise<JSONWebKeySet> {
  let byIssuer = keySets.get(fetchImpl);
  if (!byIssuer) keySets.set(fetchImpl, (byIssuer = new Map()));
  const cached = byIssuer.get(issuer);
  if (!fresh && cached && Date.now() - cached.at < KEYS_TTL_MS) return cached.keys;
  const discovery = (await fetchJson(fetchImpl, `${issuer}/.well-known/openid-configuration`)) as { jwks_uri?: unknown };
  if (typeof discovery.jwks_uri !== "string") throw new Error("the issuer publishes no jwks_uri");
  const keys = (await fetchJson(fetchImpl, discovery.jwks_uri)) as JSONWebKeySet;
  byIssuer.set(issuer, { at: Date.now(), keys });
  return keys;
}

export async function verifyIdToken(
  idToken: string,
  expected: { issuer: string; clientId: string; subject?: string },
  fetchImpl: typeof fetch = fetch,
): Promise<JWTPayload> {
  const verify = async (fresh: boolean) =>
    jwtVerify(idToken, createLocalJWKSet(await issuerKeys(expected.issuer, fetchImpl, fresh)), {
      issuer: expected.issuer,
      audience: expected.clientId,
      algorithms: ALGORITHMS,
      subject: expected.subject,
    });
  try {
    return (await verify(false)).payload;
  } catch {
    // The issuer may have rotated its keys since they were fetched: one fresh try.
    return (await verify(true)).payload;
  }
}

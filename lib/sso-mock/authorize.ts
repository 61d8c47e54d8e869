import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { clientIpFrom } from "@/lib/request-meta";
import { consumeRateLimit } from "@/lib/services/rate-limit";
import { mockClient, SSO_CALLBACK_PATH } from "@/lib/sso/settings";
import { renderLoginPage, renderErrorPage } from "./login-page";

// Authorization endpoint of the mock provider: authorization code flow, PKCE (S256) required,
// state and nonce passed through. GET shows the provincial login page, POST checks the credentials.
export const CODE_TTL_MS = 2 * 60_000;
const PARAM_NAMES = ["client_id", "redirect_uri", "response_type", "scope", "state", "nonce", "code_challenge", "code_challenge_method"] as const;
export type AuthorizeParams = Record<(typeof PARAM_NAMES)[number], string>;

function readParams(source: URLSearchParams): AuthorizeParams {
  return Object.fromEntries(PARAM_NAMES.map((n) => [n, source.get(n)?.slice(0, 1000) ?? ""])) as AuthorizeParams;
}

// Only this app's own callback on the issuer's origin is a registered redirect URI.
export function isRegisteredRedirect(redirectUri: string, issuer: string): boolean {
  try {
    const url = new URL(redirectUri);
    return url.origin === new URL(issuer).origin && url.pathname === SSO_CALLBACK_PATH && !url.search && !url.hash;
  } catch {
    return false;
  }
}

function html(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

function redirectWith(redirectUri: string, values: Record<string, string>): Response {
  const url = new URL(redirectUri);
  for (const [k, v] of Object.entries(values)) if (v) url.searchParams.set(k, v);
  return new Response(null, { status: 303, headers: { location: url.toString(), "cache-control": "no-store" } });
}

type Checked = { ok: true; params: AuthorizeParams } | { ok: false; response: Response };

function check(params: AuthorizeParams, issuer: string): Checked {
  const client = mockClient();
  if (!client || params.client_id !== client.clientId) return { ok: false, response: html(renderErrorPage("未注册的应用（client_id 无效）"), 400) };
  if (!isRegisteredRedirect(params.redirect_uri, issuer)) return { ok: false, response: html(renderErrorPage("回调地址未登记（redirect_uri 无效）"), 400) };
  const error = (code: string, description: string) => ({
    ok: false as const,
    response: redirectWith(params.redirect_uri, { error: code, error_description: description, state: params.state, iss: issuer }),
  });
  if (params.response_type !== "code") return error("unsupported_response_type", "only the authorization code flow is supported");
  if (!params.scope.split(" ").includes("openid")) return error("invalid_scope", "scope must include openid");
  if (!params.code_challenge || params.code_challenge_method !== "S256") return error("invalid_request", "PKCE with S256 is required");
  return { ok: true, params };
}

export async function authorizeGet(request: Request, issuer: string): Promise<Response> {
  const checked = check(readParams(new URL(request.url).searchParams), issuer);
  if (!checked.ok) return checked.response;
  return html(await renderLoginPage({ params: checked.params }));
}

export async function authorizePost(request: Request, issuer: string, now = new Date()): Promise<Response> {
  const form = await request.formData().catch(() => null);
  if (!form) return html(renderErrorPage("请求无效"), 400);
  const values = new URLSearchParams();
  for (const [key, value] of form.entries()) if (typeof value === "string") values.set(key, value);
  const checked = check(readParams(values), issuer);
  if (!checked.ok) return checked.response;
  const { params } = checked;
  const username = (values.get("username") ?? "").trim().slice(0, 64);
  const password = (values.get("password") ?? "").slice(0, 128);
  if (values.get("action") === "cancel") {
    return redirectWith(params.redirect_uri, { error: "access_denied", state: params.state, iss: issuer });
  }
  const again = (message: string) => renderLoginPage({ params, username, error: message });
  if (!username || !password) return html(await again("请输入用户名和密码"));

  const limited = await consumeRateLimit("sso-mock-login-ip", clientIpFrom(request.headers));
  if (!limited.ok) return html(await again("登录尝试过于频繁，请稍后再试"), 429);

  const identity = await db.ssoMockIdentity.findFirst({ where: { OR: [{ username }, { phone: username }] } });
  const valid = identity ? await verifyPassword(identity.passwordHash, password) : false;
  if (!identity || !valid) return html(await again("用户名或密码错误"));

  const code = randomBytes(32).toString("base64url");
  await db.ssoMockCode.create({
    data: {
      code,
      clientId: params.client_id,
      redirectUri: params.redirect_uri,
      subject: identity.subject,
      scope: params.scope,
      nonce: params.nonce || null,
      codeChallenge: params.code_challenge,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
      createdAt: now,
    },
  });
  return redirectWith(params.redirect_uri, { code, state: params.state, iss: issuer });
}

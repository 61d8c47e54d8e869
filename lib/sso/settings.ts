import { isProductionDeployment } from "@/lib/env";

// 甘肃省统一身份认证系统 (the provincial single sign-on), seen by this app as a generic OpenID Connect
// provider. SSO_ISSUER / SSO_CLIENT_ID / SSO_CLIENT_SECRET point it at the real provider; without
// SSO_ISSUER the built-in mock (app/sso-mock) is used outside production, or when SSO_MOCK_ENABLED=1.
export const SSO_PROVIDER_ID = "gansu";
export const SSO_PROVIDER_NAME = "甘肃省统一身份认证系统";
export const SSO_MOCK_PATH = "/sso-mock";
export const SSO_CALLBACK_PATH = `/api/auth/callback/${SSO_PROVIDER_ID}`;

const DEV_CLIENT_ID = "tianshui-finance";
const DEV_CLIENT_SECRET = "tianshui-dev-only-sso-client-secret";

export interface SsoSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  mock: boolean;
}

export function ssoMockEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  const flag = env.SSO_MOCK_ENABLED?.trim();
  if (flag === "0" || flag === "false") return false;
  if (flag === "1" || flag === "true") return true;
  return !isProductionDeployment(env);
}

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);
function isLoopbackOrigin(origin: string): boolean {
  try {
    return LOOPBACK.has(new URL(origin).hostname);
  } catch {
    return false;
  }
}

// The public origin of this app: AUTH_URL or SITE_URL when set. Otherwise, outside production, the
// origin of the request when it is a loopback address (local demo, tests on random ports), else
// http://localhost:$PORT. Other request hosts are never trusted: a forged Host header must not be
// able to choose the identity provider the server talks to.
export function appOrigin(requestOrigin?: string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  const configured = env.AUTH_URL?.trim() || env.SITE_URL?.trim();
  if (configured) return new URL(configured).origin;
  if (isProductionDeployment(env)) return null;
  if (requestOrigin && isLoopbackOrigin(requestOrigin)) return requestOrigin;
  return `http://localhost:${env.PORT?.trim() || "3000"}`;
}

function clientCredentials(env: NodeJS.ProcessEnv) {
  const clientId = env.SSO_CLIENT_ID?.trim() || (isProductionDeployment(env) ? "" : DEV_CLIENT_ID);
  const clientSecret = env.SSO_CLIENT_SECRET?.trim() || (isProductionDeployment(env) ? "" : DEV_CLIENT_SECRET);
  return clientId && clientSecret ? { clientId, clientSecret } : null;
}

// The issuer the mock serves when a request reaches it at `requestOrigin`, or null when it is off.
export function mockIssuer(requestOrigin?: string | null, env: NodeJS.ProcessEnv = process.env): string | null {
  if (!ssoMockEnabled(env)) return null;
  const configured = env.SSO_ISSUER?.trim().replace(/\/+$/, "");
  const origin = appOrigin(requestOrigin, env);
  if (!origin) return null;
  const own = `${origin}${SSO_MOCK_PATH}`;
  // With SSO_ISSUER pointing elsewhere (the real provider) the mock stays off.
  if (configured && configured !== own) return null;
  return own;
}

export function mockClient(env: NodeJS.ProcessEnv = process.env) {
  return clientCredentials(env);
}

// What the relying party (Auth.js) uses, or null when no provider is configured.
export function ssoSettings(requestOrigin?: string | null, env: NodeJS.ProcessEnv = process.env): SsoSettings | null {
  const credentials = clientCredentials(env);
  if (!credentials) return null;
  const configured = env.SSO_ISSUER?.trim().replace(/\/+$/, "");
  if (configured) return { issuer: configured, ...credentials, mock: configured === mockIssuer(requestOrigin, env) };
  const issuer = mockIssuer(requestOrigin, env);
  return issuer ? { issuer, ...credentials, mock: true } : null;
}

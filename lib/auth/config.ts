import type { NextAuthConfig } from "next-auth";
import { CredentialsSignin, customFetch } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { createHash } from "node:crypto";
import { isProductionDeployment } from "@/lib/env";
import { requestMetaFrom, type RequestMeta } from "@/lib/request-meta";
import { SSO_PROVIDER_ID, SSO_PROVIDER_NAME, ssoSettings, type SsoSettings } from "@/lib/sso/settings";
import { loginSchema } from "@/lib/accounts/schema";
import { LoginError } from "./errors";
import { passwordLogin } from "./password-login";
import { revokeSession, SESSION_ABSOLUTE_MS, validateSession } from "./session";
import { audit } from "@/lib/domain/audit";
import { verifyIdToken } from "@/lib/sso/id-token";
import { SsoAccountError, signInWithSso } from "./sso-account";

// The Auth.js configuration, built per request (the SSO issuer of the mock depends on the origin).
// Plain inputs only, so tests can drive Auth.js directly; auth.ts wires it to Next.js.
export interface AuthConfigOptions {
  origin: string | null; // the origin the browser used, for the built-in SSO mock
  meta: RequestMeta; // who is asking (SSO callback audit and session record)
  fetch?: typeof fetch; // server-to-server calls to the identity provider (tests route them in-process)
  // The session that asked, from 个人中心 → 账号信息, to link its account to the provincial identity
  // (the ts_sso_link cookie, lib/auth/sso-link.ts); validated again before anything is linked.
  linkSessionId?: string | null;
  now?: () => Date;
}

export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.AUTH_SECRET?.trim();
  if (secret) return secret;
  if (isProductionDeployment(env)) throw new Error("AUTH_SECRET is required in production (openssl rand -base64 32)");
  return createHash("sha256").update("tianshui-dev-only:AUTH_SECRET").digest("base64");
}

type SessionUserWithSid = { id?: string; sid?: string };

function ssoProvider(settings: SsoSettings, fetchImpl?: typeof fetch) {
  return {
    id: SSO_PROVIDER_ID,
    name: SSO_PROVIDER_NAME,
    type: "oidc" as const,
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    checks: ["pkce", "state", "nonce"] as ("pkce" | "state" | "nonce")[],
    authorization: { params: { scope: "openid profile phone" } },
    // The claims come from the userinfo endpoint; Auth.js checks the ID token's iss, aud and nonce, and the
    // signIn callback its signature against the issuer's JWKS (lib/sso/id-token.ts).
    idToken: false,
    profile: (claims: Record<string, unknown>) => ({ id: String(claims.sub), name: typeof claims.name === "string" ? claims.name : null }),
    ...(fetchImpl ? { [customFetch]: fetchImpl } : {}),
  };
}

export function buildAuthConfig(options: AuthConfigOptions): NextAuthConfig {
  const now = options.now ?? (() => new Date());
  const sso = ssoSettings(options.origin);
  return {
    trustHost: true,
    secret: authSecret(),
    useSecureCookies: isProductionDeployment() ? true : undefined,
    session: { strategy: "jwt", maxAge: SESSION_ABSOLUTE_MS / 1000 },
    pages: { signIn: "/login", error: "/login" },
    providers: [
      Credentials({
        id: "credentials",
        credentials: { phone: {}, password: {}, captcha: {} },
        async authorize(credentials, request) {
          const parsed = loginSchema.safeParse(credentials);
          if (!parsed.success) throw new LoginError({ ok: false, code: "invalid", message: "请填写手机号、密码并完成人机验证" });
          const result = await passwordLogin(parsed.data, requestMetaFrom(request.headers), now());
          if (!result.ok) throw new LoginError(result);
          return { id: result.userId, sid: result.sessionId } as SessionUserWithSid & { id: string };
        },
      }),
      ...(sso ? [ssoProvider(sso, options.fetch)] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== SSO_PROVIDER_ID) return true;
        if (!sso || typeof account.id_token !== "string") return "/login?error=sso-id-token";
        try {
          await verifyIdToken(account.id_token, { issuer: sso.issuer, clientId: sso.clientId, subject: String(profile?.sub ?? "") }, options.fetch);
        } catch (error) {
          console.warn(`[auth] SSO ID token refused: ${(error as Error).message}`);
          return "/login?error=sso-id-token";
        }
        try {
          const linking = options.linkSessionId ? await validateSession(options.linkSessionId, now()) : null;
          const result = await signInWithSso(profile, options.meta, now(), linking ? { userId: linking.user.id } : null);
          const target = user as SessionUserWithSid;
          target.id = result.userId;
          target.sid = result.sessionId;
          return true;
        } catch (error) {
          if (error instanceof SsoAccountError) return `/login?error=sso-${error.reason}`;
          throw error;
        }
      },
      async jwt({ token, user, account }) {
        // On sign-in, the token becomes { sub, sid } only: the Session row holds everything else.
        if (account && user) {
          const signedIn = user as SessionUserWithSid;
          return { sub: signedIn.id, sid: signedIn.sid };
        }
        return token;
      },
      // What /api/auth/session shows the browser: never the session id (lib/auth/current.ts reads it from
      // the cookie on the server).
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ?? "" } };
      },
    },
    events: {
      // Auth.js's own sign-out endpoint (POST /api/auth/signout) ends the Session row too, not only the cookie.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        const sid = token?.sid;
        if (typeof sid === "string" && (await revokeSession(sid, now()))) {
          await audit({ action: "auth.logout", actorId: typeof token?.sub === "string" ? token.sub : null, targetType: "Session", targetId: sid, meta: options.meta });
        }
      },
    },
    logger: {
      error(error) {
        if (error instanceof CredentialsSignin) return; // expected: a wrong password is not a server error
        const cause = (error.cause as { err?: Error } | undefined)?.err?.message;
        console.error(`[auth] ${error.name}${cause ? `: ${cause}` : ""}`);
      },
      warn(code) {
        if (code !== "debug-enabled") console.warn(`[auth] warning: ${code}`);
      },
    },
  };
}

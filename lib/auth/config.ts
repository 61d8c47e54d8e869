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
import { SESSION_ABSOLUTE_MS } from "./session";
import { SsoAccountError, signInWithSso } from "./sso-account";

// The Auth.js configuration, built per request (the SSO issuer of the mock depends on the origin).
// Plain inputs only, so tests can drive Auth.js directly; auth.ts wires it to Next.js.
export interface AuthConfigOptions {
  origin: string | null; // the origin the browser used, for the built-in SSO mock
  meta: RequestMeta; // who is asking (SSO callback audit and session record)
  fetch?: typeof fetch; // server-to-server calls to the identity provider (tests route them in-process)
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
    idToken: false, // the claims come from the userinfo endpoint; the ID token is still checked (iss, aud, nonce)
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
        try {
          const result = await signInWithSso(profile, options.meta, now());
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
      async session({ session, token }) {
        return { ...session, sid: typeof token.sid === "string" ? token.sid : undefined, user: { ...session.user, id: token.sub ?? "" } };
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

import NextAuth from "next-auth";
import { cookies, headers } from "next/headers";
import { buildAuthConfig } from "@/lib/auth/config";
import { SIGNED_IN_HINT_COOKIE } from "@/lib/auth/hint-cookie";
import { SESSION_ABSOLUTE_MS } from "@/lib/auth/session";
import { isProductionDeployment } from "@/lib/env";
import { requestMetaFrom, requestOriginFrom } from "@/lib/request-meta";

// Auth.js (next-auth v5) wired to Next.js. The configuration is built per request because the
// built-in SSO mock's issuer follows the origin the browser used (see lib/sso/settings.ts).
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  const requestHeaders = request?.headers ?? (await headers());
  const config = buildAuthConfig({ origin: requestOriginFrom(requestHeaders), meta: requestMetaFrom(requestHeaders) });
  return {
    ...config,
    events: {
      // Tells the header (a client island on cached pages) to ask who is signed in. No secret in it.
      async signIn() {
        (await cookies()).set(SIGNED_IN_HINT_COOKIE, "1", {
          path: "/",
          sameSite: "lax",
          secure: isProductionDeployment() || requestHeaders.get("x-forwarded-proto") === "https",
          maxAge: SESSION_ABSOLUTE_MS / 1000,
        });
      },
    },
  };
});

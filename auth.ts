import NextAuth from "next-auth";
import { headers } from "next/headers";
import { buildAuthConfig } from "@/lib/auth/config";
import { ssoLinkSessionId } from "@/lib/auth/sso-link";
import { requestMetaFrom, requestOriginFrom } from "@/lib/request-meta";

// Auth.js (next-auth v5) wired to Next.js. The configuration is built per request because the
// built-in SSO mock's issuer follows the origin the browser used (see lib/sso/settings.ts).
export const { handlers, auth, signIn, signOut } = NextAuth(async (request) => {
  const requestHeaders = request?.headers ?? (await headers());
  return buildAuthConfig({
    origin: requestOriginFrom(requestHeaders),
    meta: requestMetaFrom(requestHeaders),
    linkSessionId: ssoLinkSessionId(requestHeaders.get("cookie"), new Date()),
  });
});

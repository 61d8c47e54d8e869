import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { requestOriginFrom } from "@/lib/request-meta";
import { needsNonce, nonceCsp } from "@/lib/security/csp";
import { uploadthingConfig } from "@/lib/services/storage/drivers/uploadthing-config";

const uploadOrigins = uploadthingConfig()?.ingestOrigins ?? [];

// The login redirect and the per-request CSP nonce. Authorization never lives here: every protected page,
// layout and server action checks the server-side session itself (docs/architecture.md).
const PROTECTED = ["/me", "/org", "/admin"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  if (PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`)) && !hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
    // The origin the browser used (NextRequest rewrites 127.0.0.1 to localhost, another cookie jar).
    const login = new URL("/login", requestOriginFrom(request.headers) ?? request.nextUrl.origin);
    login.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(login);
  }
  const forwarded = new Headers(request.headers);
  // Pages that find the session expired send the user to log in and come back here.
  forwarded.set("x-current-path", path);
  if (!needsNonce(pathname)) return NextResponse.next({ request: { headers: forwarded } });
  // Next takes the nonce from the request's policy and puts it on its scripts (lib/security/csp.ts).
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const csp = nonceCsp(nonce, process.env.NODE_ENV === "production", uploadOrigins);
  forwarded.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers: forwarded } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  matcher: ["/me", "/me/:path*", "/org", "/org/:path*", "/admin", "/admin/:path*", "/login", "/login/:path*", "/register", "/register/:path*"],
};

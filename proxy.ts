import { NextResponse, type NextRequest } from "next/server";
import { requestOriginFrom } from "@/lib/request-meta";

// Redirects only: a visitor without a session cookie who opens a protected page goes to
// /login?callbackUrl=…. Authorization itself happens in every page and action (requireUser /
// requireRole check the server-side session); a cookie here proves nothing.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  if (!hasSessionCookie(request)) {
    // The origin the browser used (NextRequest rewrites 127.0.0.1 to localhost, another cookie jar).
    const login = new URL("/login", requestOriginFrom(request.headers) ?? request.nextUrl.origin);
    login.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(login);
  }
  const forwarded = new Headers(request.headers);
  forwarded.set("x-current-path", path);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/me", "/me/:path*", "/org", "/org/:path*", "/admin", "/admin/:path*"],
};

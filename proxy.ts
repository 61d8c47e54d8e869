import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { requestOriginFrom } from "@/lib/request-meta";

// The login redirect only. Authorization never lives here: every protected page, layout and server
// action checks the server-side session itself (docs/architecture.md).
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = `${pathname}${search}`;
  if (!hasSessionCookie(request.cookies.getAll().map((c) => c.name))) {
    // The origin the browser used (NextRequest rewrites 127.0.0.1 to localhost, another cookie jar).
    const login = new URL("/login", requestOriginFrom(request.headers) ?? request.nextUrl.origin);
    login.searchParams.set("callbackUrl", path);
    return NextResponse.redirect(login);
  }
  // Pages that find the session expired send the user to log in and come back here.
  const forwarded = new Headers(request.headers);
  forwarded.set("x-current-path", path);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/me", "/me/:path*", "/org", "/org/:path*", "/admin", "/admin/:path*"],
};

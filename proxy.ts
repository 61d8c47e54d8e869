import { NextResponse, type NextRequest } from "next/server";
import { viewPathFor } from "@/lib/catalogue/rewrite";
import { requestOriginFrom } from "@/lib/request-meta";

// Redirects and rewrites only; authorization never lives here (ARCHITECTURE.md): every protected
// page, layout and action checks the server-side session itself (requireUser / requireRole).
const PROTECTED = ["/me", "/org", "/admin"];
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

function hasSessionCookie(request: NextRequest): boolean {
  return request.cookies.getAll().some((c) => SESSION_COOKIES.some((name) => c.name === name || c.name.startsWith(`${name}.`)));
}

// A visitor without a session cookie who opens a protected page goes to /login?callbackUrl=….
function protectedRoute(request: NextRequest): NextResponse {
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

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (PROTECTED.some((p) => pathname === p || pathname.startsWith(`${p}/`))) return protectedRoute(request);
  // The catalogue listings are served from their cached routes under /view/… (lib/catalogue/rewrite.ts).
  // Only page loads are served from the cache; server actions (POST) reach the real route.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const view = viewPathFor(pathname, searchParams);
  if (!view) return NextResponse.next();
  // A clone of nextUrl keeps the server's own origin: Next serves the rewrite in-process
  // (a URL built from request.url can look external and be proxied over HTTP).
  const target = request.nextUrl.clone();
  target.pathname = view;
  const rsc = searchParams.get("_rsc");
  target.search = rsc === null ? "" : `?_rsc=${encodeURIComponent(rsc)}`;
  return NextResponse.rewrite(target);
}

// Not /view/…: a rewritten request would run the proxy again.
export const config = {
  matcher: ["/", "/products", "/institutions", "/first-loan", "/renewal", "/me", "/me/:path*", "/org", "/org/:path*", "/admin", "/admin/:path*"],
};

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

// Not /view/…: a rewritten request would run the proxy again. A listing only when it carries one of
// its query parameters (lib/catalogue/listing-routes.ts; next.config.ts rewrites the others). Next
// reads this statically, so the list is written out; a unit test keeps it in step.
export const config = {
  matcher: [
    "/me",
    "/me/:path*",
    "/org",
    "/org/:path*",
    "/admin",
    "/admin/:path*",
    { source: "/products", has: [{ type: "query", key: "org" }] },
    { source: "/products", has: [{ type: "query", key: "q" }] },
    { source: "/products", has: [{ type: "query", key: "institution" }] },
    { source: "/products", has: [{ type: "query", key: "type" }] },
    { source: "/products", has: [{ type: "query", key: "bank" }] },
    { source: "/products", has: [{ type: "query", key: "tag" }] },
    { source: "/products", has: [{ type: "query", key: "feature" }] },
    { source: "/products", has: [{ type: "query", key: "category" }] },
    { source: "/products", has: [{ type: "query", key: "method" }] },
    { source: "/products", has: [{ type: "query", key: "amount" }] },
    { source: "/products", has: [{ type: "query", key: "term" }] },
    { source: "/products", has: [{ type: "query", key: "region" }] },
    { source: "/products", has: [{ type: "query", key: "rate" }] },
    { source: "/products", has: [{ type: "query", key: "sort" }] },
    { source: "/products", has: [{ type: "query", key: "page" }] },
    { source: "/first-loan", has: [{ type: "query", key: "org" }] },
    { source: "/first-loan", has: [{ type: "query", key: "q" }] },
    { source: "/first-loan", has: [{ type: "query", key: "institution" }] },
    { source: "/first-loan", has: [{ type: "query", key: "type" }] },
    { source: "/first-loan", has: [{ type: "query", key: "bank" }] },
    { source: "/first-loan", has: [{ type: "query", key: "tag" }] },
    { source: "/first-loan", has: [{ type: "query", key: "feature" }] },
    { source: "/first-loan", has: [{ type: "query", key: "category" }] },
    { source: "/first-loan", has: [{ type: "query", key: "method" }] },
    { source: "/first-loan", has: [{ type: "query", key: "amount" }] },
    { source: "/first-loan", has: [{ type: "query", key: "term" }] },
    { source: "/first-loan", has: [{ type: "query", key: "region" }] },
    { source: "/first-loan", has: [{ type: "query", key: "rate" }] },
    { source: "/first-loan", has: [{ type: "query", key: "sort" }] },
    { source: "/first-loan", has: [{ type: "query", key: "page" }] },
    { source: "/renewal", has: [{ type: "query", key: "org" }] },
    { source: "/renewal", has: [{ type: "query", key: "q" }] },
    { source: "/renewal", has: [{ type: "query", key: "institution" }] },
    { source: "/renewal", has: [{ type: "query", key: "type" }] },
    { source: "/renewal", has: [{ type: "query", key: "bank" }] },
    { source: "/renewal", has: [{ type: "query", key: "tag" }] },
    { source: "/renewal", has: [{ type: "query", key: "feature" }] },
    { source: "/renewal", has: [{ type: "query", key: "category" }] },
    { source: "/renewal", has: [{ type: "query", key: "method" }] },
    { source: "/renewal", has: [{ type: "query", key: "amount" }] },
    { source: "/renewal", has: [{ type: "query", key: "term" }] },
    { source: "/renewal", has: [{ type: "query", key: "region" }] },
    { source: "/renewal", has: [{ type: "query", key: "rate" }] },
    { source: "/renewal", has: [{ type: "query", key: "sort" }] },
    { source: "/renewal", has: [{ type: "query", key: "page" }] },
    { source: "/institutions", has: [{ type: "query", key: "region" }] },
    { source: "/institutions", has: [{ type: "query", key: "type" }] },
    { source: "/institutions", has: [{ type: "query", key: "sort" }] },
  ],
};

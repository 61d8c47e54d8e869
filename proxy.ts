import { NextResponse, type NextRequest } from "next/server";
import { viewPathFor } from "@/lib/catalogue/rewrite";

// Redirects and rewrites only; authorization never lives here (ARCHITECTURE.md).
// The catalogue listings are served from their cached routes under /view/… (lib/catalogue/rewrite.ts).
export function proxy(request: NextRequest) {
  // Only page loads are served from the cache; server actions (POST) reach the real route.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const { pathname, searchParams } = request.nextUrl;
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
  matcher: ["/", "/products", "/institutions", "/first-loan", "/renewal"],
};

import { NextResponse, type NextRequest } from "next/server";
import { viewPathFor } from "@/lib/catalogue/rewrite";

// Redirects and rewrites only; authorization never lives here (ARCHITECTURE.md).
// The catalogue listings are served from their cached routes under /view/… (lib/catalogue/rewrite.ts).
export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const view = viewPathFor(pathname, searchParams);
  if (!view) return NextResponse.next();
  const target = new URL(view, request.url);
  const rsc = searchParams.get("_rsc");
  if (rsc !== null) target.searchParams.set("_rsc", rsc);
  return NextResponse.rewrite(target);
}

// Not /view/…: a rewritten request would run the proxy again.
export const config = {
  matcher: ["/products", "/institutions", "/first-loan", "/renewal"],
};

import type { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { requestOriginFrom } from "@/lib/request-meta";

// Auth.js routes. Without AUTH_URL, Auth.js builds its URLs from the request, and NextRequest
// rewrites loopback hosts to "localhost" while sign-in from an action uses the Host header. Both must
// agree (the OpenID redirect_uri is compared byte for byte), so the handlers get a plain Request
// carrying the origin the browser used. With AUTH_URL set, Auth.js uses that instead.
function withBrowserOrigin(request: NextRequest): NextRequest {
  if (process.env.AUTH_URL || process.env.NEXTAUTH_URL) return request;
  const origin = requestOriginFrom(request.headers);
  const url = new URL(request.url);
  if (!origin || origin === url.origin) return request;
  return new Request(`${origin}${url.pathname}${url.search}`, request) as NextRequest;
}

export const GET = (request: NextRequest) => handlers.GET(withBrowserOrigin(request));
export const POST = (request: NextRequest) => handlers.POST(withBrowserOrigin(request));

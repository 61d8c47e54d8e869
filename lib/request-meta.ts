import type { RequestMeta } from "@/lib/domain/actor";

// Who is asking, from the request headers: pure functions, usable in tests and route handlers.
export type { RequestMeta };

// The client address. Behind a reverse proxy that appends to X-Forwarded-For (nginx
// `proxy_add_x_forwarded_for`), the last entry is the one the proxy saw; without a proxy Next.js
// fills the header with the socket address. X-Real-IP is used when a proxy sets it instead.
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  const ip = last || headers.get("x-real-ip")?.trim() || "unknown";
  return ip.replace(/^::ffff:/, "").slice(0, 64);
}

export function requestMetaFrom(headers: Headers): RequestMeta {
  return { ip: clientIpFrom(headers), userAgent: headers.get("user-agent")?.slice(0, 300) ?? null };
}

// The origin the browser used, as Auth.js computes it (X-Forwarded-Host/Proto first).
export function requestOriginFrom(headers: Headers): string | null {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  if (!host) return null;
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  try {
    return new URL(`${proto}://${host}`).origin;
  } catch {
    return null;
  }
}

import type { RequestMeta } from "@/lib/domain/actor";

// Who is asking, from the request headers: pure functions, usable in tests and route handlers.
export type { RequestMeta };

// The client address. Next.js only fills X-Forwarded-For with the socket address when the client sent no
// such header, so a client could name any address it liked. scripts/serve.mjs (npm start, the production
// server) therefore appends the socket address itself, as a proxy would, and says so with
// CLIENT_IP_SOCKET_APPENDED=1. Counted from the right, TRUSTED_PROXY_HOPS entries were written by proxies we
// run (nginx `proxy_add_x_forwarded_for`); the entry before them is the client. Everything further left was
// sent by the client and is never used. X-Real-IP is never read (a client can send it too).
export function trustedProxyHops(env: NodeJS.ProcessEnv = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS?.trim() || 0);
  return Number.isInteger(hops) && hops > 0 ? Math.min(hops, 10) : 0;
}

export function clientIpFrom(headers: Headers, env: NodeJS.ProcessEnv = process.env): string {
  const entries = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  // Without our server in front, the last entry is the nearest hop: Next's socket fill-in or a proxy's append.
  const ownHop = env.CLIENT_IP_SOCKET_APPENDED === "1" ? 1 : 0;
  const fromRight = Math.max(1, trustedProxyHops(env) + ownHop);
  const ip = entries[Math.max(0, entries.length - fromRight)] || "unknown";
  return ip.replace(/^::ffff:/, "").slice(0, 64);
}

export function requestMetaFrom(headers: Headers, env: NodeJS.ProcessEnv = process.env): RequestMeta {
  return { ip: clientIpFrom(headers, env), userAgent: headers.get("user-agent")?.slice(0, 300) ?? null };
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

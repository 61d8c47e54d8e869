import path from "node:path";
import type { NextConfig } from "next";
import { NONCE_PATH_PREFIXES, staticCsp } from "./lib/security/csp";

const isProduction = process.env.NODE_ENV === "production";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
  ...(isProduction ? [{ key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" }] : []),
];

// The one cache (docs/architecture.md): Cache Components. Cached reads and components live in Next's
// in-memory LRU, bounded by CACHE_MAX_MEMORY_MB (default 64 MB); nothing a visitor varies is written
// to disk. Tags invalidate at once; the lifetimes are a safety net.
const cacheMaxMemorySize = Math.max(8, Number(process.env.CACHE_MAX_MEMORY_MB) || 64) * 1024 * 1024;
// Several instances (REDIS_URL set): 'use cache' entries and tag invalidations live in Redis, so that a change
// made through one instance is seen by all (lib/cache/redis-cache-handler.mjs, loaded by Next at run time).
const cacheHandlers = process.env.REDIS_URL?.trim()
  ? { default: path.join(process.cwd(), "lib/cache/redis-cache-handler.mjs") }
  : undefined;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (tests included), which CI runs before the build.
  typescript: { ignoreBuildErrors: true },
  cacheComponents: true,
  // Without partial prefetching a page that reads its params inside a Suspense boundary keeps one
  // shared shell instead of storing a rendered copy per URL (per product id) on disk.
  partialPrefetching: false,
  cacheMaxMemorySize,
  ...(cacheHandlers ? { cacheHandlers } : {}),
  // Forms with files posted without JavaScript carry them in the body (with JavaScript the upload control
  // sends each file to /uploads first). The largest form: a 20 MB 项目计划书 and a 5 MB image.
  experimental: { serverActions: { bodySizeLimit: "26mb" }, proxyClientMaxBodySize: "26mb" },
  cacheLife: {
    // Catalogue and content: invalidated by tag on every change; an hour at most otherwise.
    catalogue: { stale: 300, revalidate: 3600, expire: 86400 },
    // Aggregates over all applications (机构 and platform figures): recomputed in the background.
    figures: { stale: 300, revalidate: 600, expire: 86400 },
    // Lists whose state depends on the clock (进行中 activities): five minutes at most.
    timely: { stale: 60, revalidate: 300, expire: 3600 },
  },
  // Native and WebAssembly packages stay outside the server bundle.
  // chinese-days: its package.json says CommonJS while its "module" build is ESM, which Turbopack refuses.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "chinese-days"],
  async headers() {
    // The static policy everywhere except where proxy.ts sends a per-request nonce (lib/security/csp.ts).
    const noncePaths = NONCE_PATH_PREFIXES.map((p) => p.slice(1)).join("|");
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: `/((?!(?:${noncePaths})(?:/|$)).*)`, headers: [{ key: "Content-Security-Policy", value: staticCsp(isProduction) }] },
    ];
  },
};

export default nextConfig;

import type { NextConfig } from "next";

const isProduction = process.env.NODE_ENV === "production";

// Scripts need 'unsafe-inline' for Next's inline bootstrap without per-request nonces
// (nonces would make every page's shell dynamic). Everything else is same-origin only.
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isProduction ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://utfs.io https://*.ufs.sh",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (tests included), which CI runs before the build.
  typescript: { ignoreBuildErrors: true },
  cacheComponents: true,
  // Without partial prefetching a page that reads its params inside a Suspense boundary keeps one
  // shared shell instead of storing a rendered copy per URL (per product id) on disk.
  partialPrefetching: false,
  cacheMaxMemorySize,
  cacheLife: {
    // Catalogue and content: invalidated by tag on every change; an hour at most otherwise.
    catalogue: { stale: 300, revalidate: 3600, expire: 86400 },
    // Aggregates over all applications (机构 and platform figures): recomputed in the background.
    figures: { stale: 300, revalidate: 600, expire: 86400 },
    // Lists whose state depends on the clock (进行中 activities): five minutes at most.
    timely: { stale: 60, revalidate: 300, expire: 3600 },
  },
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

import type { NextConfig } from "next";
import { LISTING_ROUTES } from "./lib/catalogue/listing-routes";

const isProduction = process.env.NODE_ENV === "production";

// Scripts need 'unsafe-inline' for Next's inline bootstrap without per-request nonces
// (nonces would make every public page dynamic). Everything else is same-origin only.
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

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Native and WebAssembly packages stay outside the server bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // Unfiltered listings go straight to their cached empty state (lib/catalogue/listing-routes.ts);
  // with any filter parameter, proxy.ts computes the state instead.
  async rewrites() {
    return {
      beforeFiles: LISTING_ROUTES.map(({ path, view, keys }) => ({
        source: path,
        missing: keys.map((key) => ({ type: "query" as const, key })),
        destination: view,
      })),
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;

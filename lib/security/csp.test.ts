import { describe, expect, it } from "vitest";
import { needsNonce, nonceCsp, staticCsp } from "./csp";

describe("Content-Security-Policy", () => {
  it("uses a nonce on the sign-in and personal areas only", () => {
    for (const path of ["/login", "/login/forgot", "/register", "/me", "/me/account", "/org/applications", "/admin"]) expect(needsNonce(path)).toBe(true);
    for (const path of ["/", "/products", "/media", "/organisations", "/meetings"]) expect(needsNonce(path)).toBe(false);
  });

  it("allows no inline script without the nonce, and no <base>", () => {
    const csp = nonceCsp("abc123", true);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("base-uri 'none'");
    expect(staticCsp(true)).toContain("base-uri 'none'");
  });

  it("lets the upload pages reach UploadThing's ingest servers only when it is configured", () => {
    expect(nonceCsp("n", true)).toContain("connect-src 'self';");
    expect(nonceCsp("n", true, ["https://sea1.ingest.uploadthing.com"])).toContain("connect-src 'self' https://sea1.ingest.uploadthing.com;");
  });
});

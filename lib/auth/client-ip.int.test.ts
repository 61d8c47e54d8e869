import { describe, expect, it } from "vitest";
import { passwordLogin } from "@/lib/auth/password-login";
import { db } from "@/lib/db";
import { requestMetaFrom } from "@/lib/request-meta";
import { consumeRateLimit, RATE_LIMITS } from "@/lib/services/rate-limit";
import { freshPhone } from "@/tests/helpers/accounts";
// The code scripts/serve.mjs runs on every request before Next sees it.
import { appendSocketAddress, SOCKET_APPENDED_ENV } from "@/scripts/lib/client-ip.mjs";

// A request as the production server hands it to the app: whatever the client sent, plus its socket address.
function requestFrom(socket: string, forged: string) {
  const raw: Record<string, string | string[]> = { "x-forwarded-for": forged, "x-real-ip": forged };
  appendSocketAddress(raw, socket);
  return new Headers(raw as Record<string, string>);
}

describe("client address behind the production server", () => {
  it("counts 50 logins with 50 different forged X-Forwarded-For headers against the one socket address", async () => {
    const env = { ...process.env, [SOCKET_APPENDED_ENV]: "1", TRUSTED_PROXY_HOPS: "" };
    const socket = "203.0.113.50";
    for (let i = 0; i < 50; i++) {
      const meta = requestMetaFrom(requestFrom(socket, `10.9.${i}.1`), env);
      expect(meta.ip).toBe(socket);
      const result = await passwordLogin({ phone: freshPhone(), password: "x", captcha: "" }, meta, new Date());
      expect(result.ok).toBe(false);
    }
    // The 51st attempt from that address finds 50 already counted; no forged address has a count of its own.
    const next = await consumeRateLimit("login-ip", socket);
    expect(next).toEqual({ ok: true, remaining: RATE_LIMITS["login-ip"].points - 51 });
    expect(await db.rateLimit.count({ where: { key: { startsWith: "rl:login-ip:10.9." } } })).toBe(0);
  });

  it("takes the address the trusted proxy saw when TRUSTED_PROXY_HOPS says one proxy is in front", () => {
    const env = { ...process.env, [SOCKET_APPENDED_ENV]: "1", TRUSTED_PROXY_HOPS: "1" };
    // nginx appended the real client (198.51.100.7) after what the client forged; the socket is nginx itself.
    const headers = requestFrom("10.0.0.2", "6.6.6.6, 198.51.100.7");
    expect(requestMetaFrom(headers, env).ip).toBe("198.51.100.7");
  });

  it("under plain next start behind one proxy, takes the proxy's entry", () => {
    const env = { ...process.env, [SOCKET_APPENDED_ENV]: "", TRUSTED_PROXY_HOPS: "1" };
    expect(requestMetaFrom(new Headers({ "x-forwarded-for": "6.6.6.6, ::ffff:198.51.100.8" }), env).ip).toBe("198.51.100.8");
  });
});

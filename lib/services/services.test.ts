import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { clientIpFrom, requestOriginFrom } from "@/lib/request-meta";
import { aliyunSendSmsUrl, percentEncode } from "@/lib/services/sms/drivers/aliyun";
import { appOrigin, mockIssuer, ssoMockEnabled, ssoSettings } from "@/lib/sso/settings";

describe("Aliyun SMS request signing", () => {
  it("percent-encodes as the RPC signature requires", () => {
    expect(percentEncode("a b*c~d'()!")).toBe("a%20b%2Ac~d%27%28%29%21");
    expect(percentEncode("天水")).toBe("%E5%A4%A9%E6%B0%B4");
  });

  it("signs the sorted, encoded query with HMAC-SHA1 and the secret followed by &", () => {
    const url = new URL(
      aliyunSendSmsUrl(
        { accessKeyId: "testid", accessKeySecret: "testsecret", signName: "天水金融", templateCode: "SMS_1" },
        "13900000000",
        { code: "123456" },
        new Date("2026-01-02T03:04:05.678Z"),
        "nonce-1",
      ),
    );
    const params = Object.fromEntries(url.searchParams);
    expect(params).toMatchObject({ Action: "SendSms", Timestamp: "2026-01-02T03:04:05Z", TemplateParam: '{"code":"123456"}', SignatureMethod: "HMAC-SHA1" });
    const { Signature, ...rest } = params;
    const canonical = Object.keys(rest).sort().map((k) => `${percentEncode(k)}=${percentEncode(rest[k])}`).join("&");
    const expected = createHmac("sha1", "testsecret&").update(`GET&%2F&${percentEncode(canonical)}`).digest("base64");
    expect(Signature).toBe(expected);
  });
});

describe("SSO settings", () => {
  const dev = { PORT: "3000" } as unknown as NodeJS.ProcessEnv;
  const prod = { APP_ENV: "production" } as unknown as NodeJS.ProcessEnv;

  it("uses the mock outside production, on the origin the browser used when it is a loopback address", () => {
    expect(ssoMockEnabled(dev)).toBe(true);
    expect(ssoSettings("http://127.0.0.1:4123", dev)).toMatchObject({ issuer: "http://127.0.0.1:4123/sso-mock", mock: true });
    // A forged Host header never chooses the identity provider.
    expect(appOrigin("https://evil.example", dev)).toBe("http://localhost:3000");
    expect(appOrigin("https://evil.example", { ...dev, SITE_URL: "https://jr.example.gov.cn/x" })).toBe("https://jr.example.gov.cn");
  });

  it("is off in production unless configured", () => {
    expect(ssoMockEnabled(prod)).toBe(false);
    expect(ssoSettings("http://127.0.0.1:3000", prod)).toBeNull();
    expect(mockIssuer("http://127.0.0.1:3000", { ...prod, SSO_MOCK_ENABLED: "1", SITE_URL: "https://demo.example" })).toBe("https://demo.example/sso-mock");
  });

  it("points at the real provider by env alone", () => {
    const env = { ...prod, SSO_ISSUER: "https://tyrz.gansu.gov.cn/oidc/", SSO_CLIENT_ID: "tianshui", SSO_CLIENT_SECRET: "s3cret" } as unknown as NodeJS.ProcessEnv;
    expect(ssoSettings(null, env)).toEqual({ issuer: "https://tyrz.gansu.gov.cn/oidc", clientId: "tianshui", clientSecret: "s3cret", mock: false });
    expect(ssoSettings(null, { ...env, SSO_CLIENT_SECRET: "" })).toBeNull();
    // With a real provider configured the mock stays off even where it would be allowed.
    expect(mockIssuer("http://127.0.0.1:3000", { ...dev, SSO_ISSUER: "https://tyrz.gansu.gov.cn/oidc" })).toBeNull();
  });
});

describe("request metadata", () => {
  it("takes the address the nearest proxy saw", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.5" }))).toBe("10.0.0.5");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "::ffff:127.0.0.1" }))).toBe("127.0.0.1");
    expect(clientIpFrom(new Headers())).toBe("unknown");
  });

  it("finds the origin the browser used", () => {
    expect(requestOriginFrom(new Headers({ host: "127.0.0.1:3100", "x-forwarded-proto": "http" }))).toBe("http://127.0.0.1:3100");
    expect(requestOriginFrom(new Headers({ host: "a", "x-forwarded-host": "jr.example.gov.cn", "x-forwarded-proto": "https" }))).toBe("https://jr.example.gov.cn");
  });
});

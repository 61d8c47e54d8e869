import { describe, expect, it } from "vitest";
import { codeAt, enrolmentSecret, hashRecoveryCode, matchingStep, otpauthUri, recoveryCodesFromSeed, stepAt, TOTP_PERIOD_S } from "./totp";

describe("TOTP helpers", () => {
  const key = Buffer.alloc(32, 7);
  const now = new Date("2026-12-03T00:00:10Z");

  it("derives one secret per session and accepts a code one step either side, not further", () => {
    const secret = enrolmentSecret("session-1", key);
    expect(secret).toBe(enrolmentSecret("session-1", key));
    expect(secret).not.toBe(enrolmentSecret("session-2", key));
    expect(matchingStep(secret, codeAt(secret, now), now)).toBe(stepAt(now));
    const earlier = new Date(now.getTime() - TOTP_PERIOD_S * 1000);
    expect(matchingStep(secret, codeAt(secret, earlier), now)).toBe(stepAt(now) - 1);
    expect(matchingStep(secret, codeAt(secret, new Date(now.getTime() - 3 * TOTP_PERIOD_S * 1000)), now)).toBeNull();
    expect(matchingStep(secret, "12345", now)).toBeNull();
  });

  it("puts issuer and account in the otpauth URI", () => {
    const uri = otpauthUri(enrolmentSecret("s", key), "13800000011");
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect(decodeURIComponent(uri)).toContain("天水市智慧金融服务平台");
    expect(uri).toContain("13800000011");
  });

  it("makes 10 distinct recovery codes whose hash ignores case and dashes", () => {
    const codes = recoveryCodesFromSeed(Buffer.from("seed"));
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(hashRecoveryCode(codes[0].toLowerCase().replace(/-/g, ""))).toBe(hashRecoveryCode(codes[0]));
  });
});

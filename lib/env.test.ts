import { describe, expect, it } from "vitest";
import { deploymentProblems } from "@/lib/deployment";
import { isDemoMode, isProductionDeployment } from "@/lib/env";

// Fail closed: a production server is a production deployment unless demo mode was asked for.
describe("demo mode and production", () => {
  it("a production server without DEMO_MODE is a production deployment", () => {
    expect(isProductionDeployment({ NODE_ENV: "production" })).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production" })).toBe(false);
  });

  it("DEMO_MODE=1 turns demo mode on for a production server, APP_ENV=production always wins", () => {
    expect(isDemoMode({ NODE_ENV: "production", DEMO_MODE: "1" })).toBe(true);
    expect(isProductionDeployment({ NODE_ENV: "production", DEMO_MODE: "1", APP_ENV: "production" })).toBe(true);
  });

  it("development and test runs are not production", () => {
    expect(isProductionDeployment({ NODE_ENV: "development" })).toBe(false);
    expect(isProductionDeployment({ NODE_ENV: "test" })).toBe(false);
  });

  it("a production start names every missing key and an unknowable client address", () => {
    const problems = deploymentProblems({ NODE_ENV: "production" }).join("\n");
    for (const key of ["AUTH_SECRET", "DATA_ENCRYPTION_KEY", "BLIND_INDEX_KEY", "ALTCHA_HMAC_KEY", "TRUSTED_PROXY_HOPS"]) expect(problems).toContain(key);
  });

  it("a configured production start has no problem; demo mode needs no keys", () => {
    const key = Buffer.alloc(32, 1).toString("base64");
    const env = { NODE_ENV: "production", AUTH_SECRET: "s".repeat(32), DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, ALTCHA_HMAC_KEY: "k".repeat(32), CLIENT_IP_SOCKET_APPENDED: "1" };
    expect(deploymentProblems(env)).toEqual([]);
    expect(deploymentProblems({ NODE_ENV: "production", DEMO_MODE: "1" })).toEqual([]);
    // A key ring instead of the single key; a malformed one is refused.
    const { DATA_ENCRYPTION_KEY: _single, ...rest } = env;
    expect(deploymentProblems({ ...rest, DATA_ENCRYPTION_KEYS: `k2:${key},k1:${key}` })).toEqual([]);
    expect(deploymentProblems({ ...rest, DATA_ENCRYPTION_KEYS: "k2:short" }).join()).toContain("DATA_ENCRYPTION_KEYS");
    // The blind index keys likewise: a ring instead of BLIND_INDEX_KEY, or both (BLIND_INDEX_KEY is b1).
    const { BLIND_INDEX_KEY: _index, ...noIndex } = env;
    expect(deploymentProblems({ ...noIndex, BLIND_INDEX_KEYS: `b2:${key},b1:${key}` })).toEqual([]);
    expect(deploymentProblems({ ...env, BLIND_INDEX_KEYS: `b2:${key}` })).toEqual([]);
    expect(deploymentProblems({ ...noIndex, BLIND_INDEX_KEYS: "b2:short" }).join()).toContain("BLIND_INDEX_KEYS: key b2 must be 32 bytes");
    expect(deploymentProblems({ ...noIndex, BLIND_INDEX_KEYS: key }).join()).toContain("BLIND_INDEX_KEYS entries are");
    expect(deploymentProblems({ ...env, BLIND_INDEX_KEY: "short" }).join()).toContain("BLIND_INDEX_KEY must be 32 bytes");
    expect(deploymentProblems(noIndex).join()).toContain("BLIND_INDEX_KEYS (or BLIND_INDEX_KEY) is required");
  });

  it("several instances (REDIS_URL) need one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", () => {
    const key = Buffer.alloc(32, 1).toString("base64");
    const env = { NODE_ENV: "production", AUTH_SECRET: "s".repeat(32), DATA_ENCRYPTION_KEY: key, BLIND_INDEX_KEY: key, ALTCHA_HMAC_KEY: "k".repeat(32), CLIENT_IP_SOCKET_APPENDED: "1", REDIS_URL: "redis://127.0.0.1:6379" };
    expect(deploymentProblems(env).join("\n")).toContain("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required");
    expect(deploymentProblems({ ...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "short" }).join("\n")).toContain("AES key");
    expect(deploymentProblems({ ...env, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key })).toEqual([]);
  });

  it("STORAGE_DRIVER=s3 needs its endpoint, bucket and keys", () => {
    const problems = deploymentProblems({ NODE_ENV: "production", STORAGE_DRIVER: "s3", S3_BUCKET: "files" }).join("\n");
    expect(problems).toContain("STORAGE_DRIVER=s3 needs S3_ENDPOINT, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY");
    expect(deploymentProblems({ NODE_ENV: "production", STORAGE_DRIVER: "oss" }).join("\n")).toContain("STORAGE_DRIVER must be local or s3");
  });

  it("refuses an SSO issuer without https outside demo mode", () => {
    expect(deploymentProblems({ NODE_ENV: "production", SSO_ISSUER: "http://sso.example.gov.cn" }).join("\n")).toContain("SSO_ISSUER");
  });
});

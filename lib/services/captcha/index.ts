import "server-only";
import { createHash, createHmac } from "node:crypto";
import { createChallenge, randomInt, verifySolution, type Challenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { isProductionDeployment } from "@/lib/env";
import { consumeRateLimit } from "@/lib/services/rate-limit";

// The human check (验证码): ALTCHA, a self-hosted proof of work. The server signs a challenge
// (HMAC, key ALTCHA_HMAC_KEY), the browser's widget solves it, the server verifies the solution and
// records its nonce so that it can be used once only. Nothing leaves the platform, nothing to read.
export const HUMAN_CHECK_TTL_SECONDS = 10 * 60;
const ALGORITHM = "PBKDF2/SHA-256";

export type HumanCheckFailure = "missing" | "invalid" | "expired" | "replayed";
export type HumanCheckResult = { ok: true } | { ok: false; reason: HumanCheckFailure; message: string };

const MESSAGES: Record<HumanCheckFailure, string> = {
  missing: "请完成人机验证",
  invalid: "人机验证未通过，请重新验证",
  expired: "人机验证已过期，请重新验证",
  replayed: "人机验证已使用过，请重新验证",
};

function secrets() {
  const raw = process.env.ALTCHA_HMAC_KEY?.trim();
  if (!raw && isProductionDeployment()) throw new Error("ALTCHA_HMAC_KEY is required in production");
  const key = raw || createHash("sha256").update("tianshui-dev-only:ALTCHA_HMAC_KEY").digest("hex");
  return { signature: key, keySignature: createHmac("sha256", key).update("altcha-key-signature").digest("hex") };
}

// Work asked of the browser: PBKDF2 iterations per attempt × a counter between max/2 and max.
function difficulty() {
  const cost = Math.max(1, Number(process.env.ALTCHA_COST) || 1000);
  const maxCounter = Math.max(2, Number(process.env.ALTCHA_MAX_COUNTER) || 3000);
  return { cost, counter: randomInt(maxCounter, Math.ceil(maxCounter / 2)) };
}

export async function createHumanCheckChallenge(now = new Date()): Promise<Challenge> {
  const { signature, keySignature } = secrets();
  const { cost, counter } = difficulty();
  return createChallenge({
    algorithm: ALGORITHM,
    cost,
    counter,
    deriveKey,
    expiresAt: new Date(now.getTime() + HUMAN_CHECK_TTL_SECONDS * 1000),
    hmacSignatureSecret: signature,
    hmacKeySignatureSecret: keySignature,
  });
}

type Payload = { challenge: Challenge; solution: { counter: number; derivedKey: string } };

function parsePayload(raw: string): Payload | null {
  try {
    const value = JSON.parse(Buffer.from(raw, "base64").toString("utf8")) as Partial<Payload>;
    if (!value?.challenge?.parameters || !value.solution) return null;
    return value as Payload;
  } catch {
    return null;
  }
}

// Verifies a widget payload and consumes it: a second use of the same solution fails.
export async function verifyHumanCheck(raw: string | null | undefined): Promise<HumanCheckResult> {
  const failure = (reason: HumanCheckFailure): HumanCheckResult => ({ ok: false, reason, message: MESSAGES[reason] });
  if (!raw) return failure("missing");
  const payload = parsePayload(raw);
  if (!payload || payload.challenge.parameters.algorithm !== ALGORITHM) return failure("invalid");
  const { signature, keySignature } = secrets();
  let result;
  try {
    result = await verifySolution({
      challenge: payload.challenge,
      solution: payload.solution,
      deriveKey,
      hmacSignatureSecret: signature,
      hmacKeySignatureSecret: keySignature,
    });
  } catch {
    return failure("invalid");
  }
  if (result.expired) return failure("expired");
  if (!result.verified) return failure("invalid");
  const used = await consumeRateLimit("human-check-replay", payload.challenge.parameters.nonce);
  return used.ok ? { ok: true } : failure("replayed");
}

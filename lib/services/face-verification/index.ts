import "server-only";
import { mockFaceDriver } from "./drivers/mock";
import { tencentFaceDriver } from "./drivers/tencent";
import type { FaceVerificationDriver } from "./types";

// FACE_VERIFY_DRIVER=mock (default: the local provider with its own H5 page at /face-mock) | tencent
// (Tencent Cloud FaceID: DetectAuth + GetDetectInfoEnhanced with TC3 signing; TENCENTCLOUD_SECRET_ID,
// TENCENTCLOUD_SECRET_KEY, FACE_VERIFY_RULE_ID, optional FACE_VERIFY_ENDPOINT, FACE_VERIFY_REGION,
// FACE_VERIFY_TIMEOUT_MS). Aliyun 实人认证 (DescribeVerifyToken + DescribeVerifyResult) would be a third
// driver with the same two calls.
export function faceDriverFromEnv(env: NodeJS.ProcessEnv = process.env): FaceVerificationDriver {
  const name = (env.FACE_VERIFY_DRIVER ?? "mock").trim().toLowerCase();
  if (name === "tencent") {
    const secretId = env.TENCENTCLOUD_SECRET_ID?.trim();
    const secretKey = env.TENCENTCLOUD_SECRET_KEY?.trim();
    const ruleId = env.FACE_VERIFY_RULE_ID?.trim();
    if (!secretId || !secretKey || !ruleId) {
      throw new Error("FACE_VERIFY_DRIVER=tencent needs TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and FACE_VERIFY_RULE_ID");
    }
    const timeoutMs = Number(env.FACE_VERIFY_TIMEOUT_MS);
    return tencentFaceDriver({
      secretId,
      secretKey,
      ruleId,
      endpoint: env.FACE_VERIFY_ENDPOINT?.trim() || undefined,
      region: env.FACE_VERIFY_REGION?.trim() || undefined,
      timeoutMs: Number.isFinite(timeoutMs) && timeoutMs > 0 ? timeoutMs : undefined,
    });
  }
  if (name !== "mock") throw new Error(`Unknown FACE_VERIFY_DRIVER "${name}"`);
  return mockFaceDriver;
}

let cached: FaceVerificationDriver | undefined;
export function faceVerification(): FaceVerificationDriver {
  return (cached ??= faceDriverFromEnv());
}

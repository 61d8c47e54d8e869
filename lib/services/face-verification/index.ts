import "server-only";
import { mockFaceDriver } from "./drivers/mock";
import type { FaceVerificationDriver } from "./types";

// FACE_VERIFY_DRIVER=mock (default: the local provider with its own H5 page at /face-mock). A real provider
// (Tencent Cloud FaceID: DetectAuth + GetDetectInfoEnhanced with TC3 signing; Aliyun 实人认证:
// DescribeVerifyToken + DescribeVerifyResult) is another driver with the same two calls.
export function faceDriverFromEnv(env: NodeJS.ProcessEnv = process.env): FaceVerificationDriver {
  const name = (env.FACE_VERIFY_DRIVER ?? "mock").trim().toLowerCase();
  if (name !== "mock") throw new Error(`Unknown FACE_VERIFY_DRIVER "${name}"`);
  return mockFaceDriver;
}

let cached: FaceVerificationDriver | undefined;
export function faceVerification(): FaceVerificationDriver {
  return (cached ??= faceDriverFromEnv());
}

import { randomUUID } from "node:crypto";
import { blindIndex } from "@/lib/crypto";
import { db } from "@/lib/db";
import type { FaceResult, FaceSession, FaceSessionRequest, FaceVerificationDriver } from "../types";

// The local provider (FACE_VERIFY_DRIVER=mock, the default): it keeps its own sessions (MockFaceSession)
// and serves its own H5 page at /face-mock, as FaceID serves h5.faceid.qq.com. Its tokens expire like
// FaceID's; its answers have FaceID's shape.
export const MOCK_FACE_TTL_MS = 30 * 60_000;
export const MOCK_FACE_PATH = "/face-mock";

export type MockChoice = "success" | "failure";

export const mockFaceDriver: FaceVerificationDriver = {
  name: "mock",
  async detectAuth(request: FaceSessionRequest): Promise<FaceSession> {
    const bizToken = randomUUID().toUpperCase();
    const expiresAt = new Date(Date.now() + MOCK_FACE_TTL_MS);
    await db.mockFaceSession.create({
      data: { bizToken, ruleId: request.ruleId, name: request.name, idNumberHash: blindIndex(request.idNumber), redirectUrl: request.redirectUrl, expiresAt },
    });
    return { bizToken, url: `${MOCK_FACE_PATH}?BizToken=${encodeURIComponent(bizToken)}`, expiresAt };
  },
  async getDetectInfo(bizToken: string): Promise<FaceResult> {
    const session = await db.mockFaceSession.findUnique({ where: { bizToken } });
    if (!session) return { errCode: -1, errMsg: "BizToken不存在", liveStatus: null, similarity: null };
    if (!session.result) {
      if (session.expiresAt <= new Date()) return { errCode: -2, errMsg: "BizToken已过期", liveStatus: null, similarity: null };
      return { errCode: null, errMsg: "用户未完成核验", liveStatus: null, similarity: null };
    }
    if (session.result === "success") return { errCode: 0, errMsg: "成功", liveStatus: 0, similarity: 92.36 };
    return { errCode: 2004, errMsg: "比对相似度未达到通过标准", liveStatus: 0, similarity: 38.5 };
  },
};

// What the mock's H5 page needs to show (nothing of the ID number).
export async function mockFaceSession(bizToken: string, now = new Date()) {
  const session = await db.mockFaceSession.findUnique({ where: { bizToken } });
  if (!session || session.expiresAt <= now || session.finishedAt) return null;
  return { bizToken: session.bizToken, name: session.name, redirectUrl: session.redirectUrl };
}

// The user finished the mock's page (开始比对 → the demo choice): the result is kept for getDetectInfo and
// the browser goes back to the redirect URL with the token, as FaceID does. Once per token.
export async function finishMockFace(bizToken: string, choice: MockChoice, now = new Date()): Promise<string | null> {
  const done = await db.mockFaceSession.updateMany({ where: { bizToken, finishedAt: null, expiresAt: { gt: now } }, data: { result: choice, finishedAt: now } });
  if (done.count !== 1) return null;
  const session = await db.mockFaceSession.findUniqueOrThrow({ where: { bizToken }, select: { redirectUrl: true } });
  const url = new URL(session.redirectUrl, "http://local");
  url.searchParams.set("token", bizToken);
  return session.redirectUrl.startsWith("/") ? `${url.pathname}${url.search}` : url.toString();
}

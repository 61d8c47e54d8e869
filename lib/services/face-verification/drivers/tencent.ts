import type { FaceResult, FaceSession, FaceSessionRequest, FaceVerificationDriver } from "../types";
import { FaceVerificationUnavailableError } from "../types";
import { tc3Authorization } from "./tc3";

// Tencent Cloud FaceID (慧眼人脸核身) H5 flow (FACE_VERIFY_DRIVER=tencent), API 3.0, version 2018-03-01:
// - DetectAuth (https://cloud.tencent.com/document/api/1007/31816): RuleId, IdCard, Name, RedirectUrl →
//   Response.BizToken (valid 7,200 s), Response.Url (the H5 page), Response.RequestId;
// - GetDetectInfoEnhanced (https://cloud.tencent.com/document/api/1007/41957): BizToken, RuleId, InfoType
//   ("1" = text only: no photos or video come back) → Response.Text (DetectInfoText): ErrCode (0 = passed,
//   null = not finished), ErrMsg, LiveStatus (0 = live), Comparestatus, Sim (a string, "0.00"–"100.00").
// Every call is an HTTPS POST of JSON to faceid.tencentcloudapi.com signed with TC3-HMAC-SHA256 (./tc3.ts).
// An error answers { Response: { Error: { Code, Message }, RequestId } }.
export const TENCENT_FACEID_HOST = "faceid.tencentcloudapi.com";
export const TENCENT_FACEID_VERSION = "2018-03-01";
export const TENCENT_BIZTOKEN_TTL_MS = 7200_000;

export interface TencentFaceConfig {
  secretId: string;
  secretKey: string;
  ruleId: string;
  endpoint?: string; // default https://faceid.tencentcloudapi.com; a local stub in tests
  region?: string; // X-TC-Region, sent when set (the two actions do not need one)
  timeoutMs?: number;
  now?: () => number;
}

export class TencentApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly requestId?: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "TencentApiError";
  }
}

// Provider errors of GetDetectInfoEnhanced that are an answer about the token, not an outage: they become
// the same FaceResult codes the mock gives (-1 unknown token, -2 expired), which personal.ts judges.
const TOKEN_ERRORS: Record<string, { errCode: number; errMsg: string }> = {
  "InvalidParameterValue.BizTokenIllegal": { errCode: -1, errMsg: "BizToken不存在" },
  "InvalidParameterValue.BizTokenExpired": { errCode: -2, errMsg: "BizToken已过期" },
};

type Json = Record<string, unknown>;

export function tencentFaceDriver(config: TencentFaceConfig): FaceVerificationDriver {
  const endpoint = new URL(config.endpoint ?? `https://${TENCENT_FACEID_HOST}`);
  const now = config.now ?? Date.now;

  async function call(action: string, params: Json): Promise<Json> {
    const payload = JSON.stringify(params);
    const timestamp = Math.floor(now() / 1000);
    const contentType = "application/json; charset=utf-8";
    const authorization = tc3Authorization({
      secretId: config.secretId,
      secretKey: config.secretKey,
      service: "faceid",
      host: endpoint.host,
      action,
      payload,
      timestamp,
      contentType,
    });
    let response: globalThis.Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers: {
          "content-type": contentType,
          "x-tc-action": action,
          "x-tc-version": TENCENT_FACEID_VERSION,
          "x-tc-timestamp": String(timestamp),
          ...(config.region ? { "x-tc-region": config.region } : {}),
          authorization,
        },
        body: payload,
        signal: AbortSignal.timeout(config.timeoutMs ?? 8000),
      });
    } catch (error) {
      throw new FaceVerificationUnavailableError(`${action}: ${String(error)}`);
    }
    if (!response.ok) throw new FaceVerificationUnavailableError(`${action}: HTTP ${response.status}`);
    const body = (await response.json().catch(() => null)) as { Response?: Json } | null;
    const answer = body?.Response;
    if (!answer || typeof answer !== "object") throw new FaceVerificationUnavailableError(`${action}: unreadable answer`);
    const error = answer.Error as { Code?: string; Message?: string } | undefined;
    if (error) throw new TencentApiError(String(error.Code ?? "Unknown"), String(error.Message ?? ""), answer.RequestId as string | undefined);
    return answer;
  }

  return {
    name: "tencent",
    async detectAuth(request: FaceSessionRequest): Promise<FaceSession> {
      let answer: Json;
      try {
        answer = await call("DetectAuth", { RuleId: request.ruleId, IdCard: request.idNumber, Name: request.name, RedirectUrl: request.redirectUrl });
      } catch (error) {
        // Every DetectAuth error (AuthFailure.*, FailedOperation.*, InternalError, RequestLimitExceeded…) is
        // ours or the provider's, not the user's: not counted as a failed attempt.
        if (error instanceof TencentApiError) throw new FaceVerificationUnavailableError(`DetectAuth ${error.message}`);
        throw error;
      }
      const bizToken = answer.BizToken;
      const url = answer.Url;
      if (typeof bizToken !== "string" || !bizToken || typeof url !== "string" || !/^https?:\/\//.test(url)) {
        throw new FaceVerificationUnavailableError("DetectAuth: no BizToken/Url in the answer");
      }
      return { bizToken, url, expiresAt: new Date(now() + TENCENT_BIZTOKEN_TTL_MS) };
    },
    async getDetectInfo(bizToken: string): Promise<FaceResult> {
      let answer: Json;
      try {
        answer = await call("GetDetectInfoEnhanced", { BizToken: bizToken, RuleId: config.ruleId, InfoType: "1" });
      } catch (error) {
        if (error instanceof TencentApiError) {
          const known = TOKEN_ERRORS[error.code];
          if (known) return { ...known, liveStatus: null, similarity: null };
          throw new FaceVerificationUnavailableError(`GetDetectInfoEnhanced ${error.message}`);
        }
        throw error;
      }
      const text = (answer.Text ?? null) as Json | null;
      const errCode = typeof text?.ErrCode === "number" ? text.ErrCode : null;
      if (errCode === null) return { errCode: null, errMsg: "用户未完成核验", liveStatus: null, similarity: null };
      const sim = text?.Sim == null ? NaN : Number.parseFloat(String(text.Sim));
      return {
        errCode,
        errMsg: typeof text?.ErrMsg === "string" && text.ErrMsg ? text.ErrMsg : errCode === 0 ? "成功" : `错误码 ${errCode}`,
        liveStatus: typeof text?.LiveStatus === "number" ? text.LiveStatus : null,
        similarity: Number.isFinite(sim) ? sim : null,
      };
    },
  };
}

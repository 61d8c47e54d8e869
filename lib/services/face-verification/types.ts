// 人脸核验 shaped like Tencent Cloud FaceID's H5 flow (also how Aliyun 实人认证 works):
// 1. the server asks the provider for a session (DetectAuth: RuleId, Name, IdCard, RedirectUrl) and gets a
//    BizToken and the provider's H5 page, both expiring;
// 2. the browser goes to that page, the user takes the liveness + comparison check there;
// 3. the provider sends the browser back to RedirectUrl?token=<BizToken>;
// 4. the server asks the provider for the result itself (GetDetectInfoEnhanced) — nothing in the redirect is trusted.
export interface FaceSessionRequest {
  ruleId: string;
  name: string;
  idNumber: string;
  redirectUrl: string; // where the provider sends the browser back, with ?token=<BizToken>
}

export interface FaceSession {
  bizToken: string;
  url: string; // the provider's H5 page
  expiresAt: Date;
}

// The provider's answer about one BizToken. errCode 0 = passed; null = the user has not finished the H5
// flow; other codes are the provider's failures (liveness, comparison, expired token).
export interface FaceResult {
  errCode: number | null;
  errMsg: string;
  liveStatus: number | null; // 0 = live person
  similarity: number | null; // 0–100, against the ID photo of the public security database
}

export interface FaceVerificationDriver {
  readonly name: string;
  detectAuth(request: FaceSessionRequest): Promise<FaceSession>;
  getDetectInfo(bizToken: string): Promise<FaceResult>;
}

// The provider did not answer: not the user's failure, not counted.
export class FaceVerificationUnavailableError extends Error {
  constructor(detail: string) {
    super(`Face verification unavailable: ${detail}`);
    this.name = "FaceVerificationUnavailableError";
  }
}

// The similarity a comparison must reach (Tencent's advice for 实名核身: 70).
export const PASS_SIMILARITY = 70;

import { createHash, createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TENCENT_BIZTOKEN_TTL_MS, tencentFaceDriver } from "./drivers/tencent";
import { FaceVerificationUnavailableError } from "./types";

// The Tencent Cloud FaceID driver against a local stub of faceid.tencentcloudapi.com. The stub checks
// every request as the API does: the X-TC-* headers, then the TC3-HMAC-SHA256 signature recomputed here
// from the documented algorithm (independently of drivers/tc3.ts), then answers like DetectAuth /
// GetDetectInfoEnhanced: a passed check, a failed comparison, an unfinished one, an expired token, and a slow one.
const SECRET_ID = "AKIDstubstubstubstubstubstubstub";
const SECRET_KEY = "stubSecretKeystubSecretKey012345";
const NOW = Date.UTC(2026, 11, 3, 6, 0, 0);

interface Seen {
  action: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

let server: Server;
let endpoint: string;
const seen: Seen[] = [];

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const hmac = (k: string | Buffer, s: string) => createHmac("sha256", k).update(s).digest();

// What the API does with Authorization: parse it, rebuild the canonical request from the signed headers,
// and compare the signature. Returns an API error code or null.
function checkSignature(req: IncomingMessage, raw: string): string | null {
  const auth = req.headers.authorization ?? "";
  const match = /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d{2}-\d{2})\/([^/]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!match) return "AuthFailure.InvalidAuthorization";
  const [, secretId, date, service, signedHeaders, signature] = match;
  if (secretId !== SECRET_ID) return "AuthFailure.SecretIdNotFound";
  const timestamp = Number(req.headers["x-tc-timestamp"]);
  if (new Date(timestamp * 1000).toISOString().slice(0, 10) !== date) return "AuthFailure.SignatureFailure";
  if (service !== "faceid") return "AuthFailure.SignatureFailure";
  const names = signedHeaders.split(";");
  if (!names.includes("content-type") || !names.includes("host")) return "AuthFailure.SignatureFailure";
  const canonicalHeaders = names.map((n) => `${n}:${String(req.headers[n] ?? "").trim().toLowerCase()}\n`).join("");
  const canonicalRequest = `POST\n/\n\n${canonicalHeaders}\n${signedHeaders}\n${sha256(raw)}`;
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${sha256(canonicalRequest)}`;
  const key = hmac(hmac(hmac(`TC3${SECRET_KEY}`, date), service), "tc3_request");
  const expected = createHmac("sha256", key).update(stringToSign).digest("hex");
  return expected === signature ? null : "AuthFailure.SignatureFailure";
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const action = String(req.headers["x-tc-action"] ?? "");
      const body = JSON.parse(raw || "{}") as Record<string, unknown>;
      seen.push({ action, headers: req.headers, body });
      const answer = (response: Record<string, unknown>) => {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ Response: { ...response, RequestId: "stub-request-id" } }));
      };
      const fail = (Code: string, Message: string) => answer({ Error: { Code, Message } });
      if (req.method !== "POST" || req.headers["x-tc-version"] !== "2018-03-01") return fail("InvalidParameter", "bad version");
      const signatureError = checkSignature(req, raw);
      if (signatureError) return fail(signatureError, "签名错误");
      if (action === "DetectAuth") {
        if (body.RuleId !== "2") return fail("InvalidParameterValue.RuleIdNotExist", "RuleId不存在");
        return answer({ BizToken: "CE661F1A-0F1E-45BD-BE13-34C05CEA7681", Url: "https://h5.faceid.qq.com/api/web/index?token=CE661F1A-0F1E-45BD-BE13-34C05CEA7681" });
      }
      if (action === "GetDetectInfoEnhanced") {
        const token = String(body.BizToken);
        if (token === "passed") return answer({ Text: { ErrCode: 0, ErrMsg: "成功", LiveStatus: 0, Comparestatus: 0, Sim: "92.36" } });
        if (token === "mismatch") return answer({ Text: { ErrCode: 2004, ErrMsg: "比对相似度未达到通过标准", LiveStatus: 0, Comparestatus: 2004, Sim: "38.50" } });
        if (token === "unfinished") return answer({ Text: { ErrCode: null, ErrMsg: null, LiveStatus: null, Sim: null } });
        if (token === "expired") return fail("InvalidParameterValue.BizTokenExpired", "BizToken过期。");
        if (token === "busy") return fail("InternalError", "内部错误");
        if (token === "slow") {
          const timer = setTimeout(() => answer({ Text: { ErrCode: 0 } }), 3000);
          res.on("close", () => clearTimeout(timer));
          return;
        }
        return fail("InvalidParameterValue.BizTokenIllegal", "BizToken不合法。");
      }
      return fail("InvalidAction", "接口不存在");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const driver = (over: Partial<Parameters<typeof tencentFaceDriver>[0]> = {}) =>
  tencentFaceDriver({ secretId: SECRET_ID, secretKey: SECRET_KEY, ruleId: "2", endpoint, region: "ap-guangzhou", timeoutMs: 500, now: () => NOW, ...over });

describe("the Tencent Cloud FaceID driver", () => {
  it("DetectAuth: a signed request with the documented parameters gives the BizToken and H5 URL", async () => {
    const session = await driver().detectAuth({ ruleId: "2", name: "张三", idNumber: "11010519491231002X", redirectUrl: "https://jr.example.cn/me/certification/personal/callback" });
    expect(session.bizToken).toBe("CE661F1A-0F1E-45BD-BE13-34C05CEA7681");
    expect(session.url).toMatch(/^https:\/\/h5\.faceid\.qq\.com\//);
    expect(session.expiresAt.getTime()).toBe(NOW + TENCENT_BIZTOKEN_TTL_MS);
    const request = seen.at(-1)!;
    expect(request.action).toBe("DetectAuth");
    expect(request.headers["x-tc-timestamp"]).toBe(String(NOW / 1000));
    expect(request.headers["x-tc-region"]).toBe("ap-guangzhou");
    expect(request.body).toEqual({ RuleId: "2", IdCard: "11010519491231002X", Name: "张三", RedirectUrl: "https://jr.example.cn/me/certification/personal/callback" });
  });

  it("a wrong key is refused by the signature check and is 'unavailable', not the user's failure", async () => {
    const wrong = driver({ secretKey: "not-the-key" });
    await expect(wrong.detectAuth({ ruleId: "2", name: "张三", idNumber: "11010519491231002X", redirectUrl: "https://x/cb" })).rejects.toThrow(/AuthFailure\.SignatureFailure/);
    await expect(wrong.detectAuth({ ruleId: "2", name: "张三", idNumber: "11010519491231002X", redirectUrl: "https://x/cb" })).rejects.toBeInstanceOf(FaceVerificationUnavailableError);
  });

  it("DetectAuth's own error codes are 'unavailable'", async () => {
    await expect(driver().detectAuth({ ruleId: "9", name: "张三", idNumber: "11010519491231002X", redirectUrl: "https://x/cb" })).rejects.toThrow(/RuleIdNotExist/);
  });

  it("GetDetectInfoEnhanced: passed, failed comparison, unfinished (text only, with the rule id)", async () => {
    expect(await driver().getDetectInfo("passed")).toEqual({ errCode: 0, errMsg: "成功", liveStatus: 0, similarity: 92.36 });
    expect(seen.at(-1)!.body).toEqual({ BizToken: "passed", RuleId: "2", InfoType: "1" });
    expect(await driver().getDetectInfo("mismatch")).toEqual({ errCode: 2004, errMsg: "比对相似度未达到通过标准", liveStatus: 0, similarity: 38.5 });
    expect(await driver().getDetectInfo("unfinished")).toMatchObject({ errCode: null, similarity: null });
  });

  it("token errors map to the mock's codes; other errors are 'unavailable'", async () => {
    expect(await driver().getDetectInfo("expired")).toMatchObject({ errCode: -2 });
    expect(await driver().getDetectInfo("someone-elses")).toMatchObject({ errCode: -1 });
    await expect(driver().getDetectInfo("busy")).rejects.toBeInstanceOf(FaceVerificationUnavailableError);
  });

  it("a slow provider times out as 'unavailable'; so does one that is not there", async () => {
    await expect(driver({ timeoutMs: 200 }).getDetectInfo("slow")).rejects.toBeInstanceOf(FaceVerificationUnavailableError);
    await expect(driver({ endpoint: "http://127.0.0.1:1/" }).getDetectInfo("passed")).rejects.toBeInstanceOf(FaceVerificationUnavailableError);
  });
});

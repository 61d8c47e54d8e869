import { createHash, createHmac } from "node:crypto";

// TencentCloud API 3.0 request signing, TC3-HMAC-SHA256 ("Signature v3",
// https://www.tencentcloud.com/document/product/1154/48911, the same page for every product):
//   CanonicalRequest = Method \n CanonicalURI \n CanonicalQueryString \n CanonicalHeaders \n SignedHeaders \n hex(sha256(payload))
//   CanonicalHeaders = "key:value\n" per signed header, keys lowercased and sorted
//   StringToSign     = "TC3-HMAC-SHA256" \n Timestamp \n Date/service/tc3_request \n hex(sha256(CanonicalRequest))
//   SecretDate = HMAC("TC3" + SecretKey, Date); SecretService = HMAC(SecretDate, service);
//   SecretSigning = HMAC(SecretService, "tc3_request"); Signature = hex(HMAC(SecretSigning, StringToSign))
//   Authorization = "TC3-HMAC-SHA256 Credential=SecretId/Date/service/tc3_request, SignedHeaders=…, Signature=…"
// Date is the UTC date (YYYY-MM-DD) of the X-TC-Timestamp.
export const TC3_ALGORITHM = "TC3-HMAC-SHA256";

export interface Tc3Request {
  secretId: string;
  secretKey: string;
  service: string; // the product's host prefix: "faceid"
  host: string;
  action: string;
  payload: string; // the JSON body, exactly as sent
  timestamp: number; // seconds
  contentType?: string;
}

const sha256Hex = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const hmac = (key: string | Buffer, text: string) => createHmac("sha256", key).update(text, "utf8").digest();

export function tc3Date(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(0, 10);
}

export function tc3Authorization(request: Tc3Request): string {
  const contentType = request.contentType ?? "application/json; charset=utf-8";
  const headers: [string, string][] = [
    ["content-type", contentType],
    ["host", request.host],
    ["x-tc-action", request.action.toLowerCase()],
  ];
  const canonicalHeaders = headers.map(([key, value]) => `${key}:${value}\n`).join("");
  const signedHeaders = headers.map(([key]) => key).join(";");
  const canonicalRequest = ["POST", "/", "", canonicalHeaders, signedHeaders, sha256Hex(request.payload)].join("\n");
  const date = tc3Date(request.timestamp);
  const scope = `${date}/${request.service}/tc3_request`;
  const stringToSign = [TC3_ALGORITHM, String(request.timestamp), scope, sha256Hex(canonicalRequest)].join("\n");
  const secretSigning = hmac(hmac(hmac(`TC3${request.secretKey}`, date), request.service), "tc3_request");
  const signature = createHmac("sha256", secretSigning).update(stringToSign, "utf8").digest("hex");
  return `${TC3_ALGORITHM} Credential=${request.secretId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`;
}

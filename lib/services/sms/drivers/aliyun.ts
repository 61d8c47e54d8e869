import { createHmac, randomUUID } from "node:crypto";
import { SmsDeliveryError, type SmsDriver } from "../types";

// Alibaba Cloud SMS (Dysmsapi SendSms, API version 2017-05-25) with the RPC signature, version 1.0:
// sorted, percent-encoded query → "GET&%2F&" + encoded query → HMAC-SHA1 with "<AccessKeySecret>&", base64.
export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string; // 短信签名
  templateCode: string; // the approved template for verification codes, with a ${code} parameter
  endpoint?: string;
  regionId?: string;
}

export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(/\+/g, "%20").replace(/\*/g, "%2A").replace(/%7E/g, "~").replace(/[!'()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function signAliyunRpc(params: Record<string, string>, accessKeySecret: string, method = "GET"): string {
  const canonical = Object.keys(params)
    .sort()
    .map((key) => `${percentEncode(key)}=${percentEncode(params[key])}`)
    .join("&");
  const stringToSign = `${method}&${percentEncode("/")}&${percentEncode(canonical)}`;
  return createHmac("sha1", `${accessKeySecret}&`).update(stringToSign).digest("base64");
}

export function aliyunSendSmsUrl(config: AliyunSmsConfig, phone: string, templateParams: Record<string, string>, now = new Date(), nonce: string = randomUUID()): string {
  const params: Record<string, string> = {
    AccessKeyId: config.accessKeyId,
    Action: "SendSms",
    Format: "JSON",
    PhoneNumbers: phone,
    RegionId: config.regionId ?? "cn-hangzhou",
    SignName: config.signName,
    SignatureMethod: "HMAC-SHA1",
    SignatureNonce: nonce,
    SignatureVersion: "1.0",
    TemplateCode: config.templateCode,
    TemplateParam: JSON.stringify(templateParams),
    Timestamp: now.toISOString().replace(/\.\d{3}Z$/, "Z"),
    Version: "2017-05-25",
  };
  const signature = signAliyunRpc(params, config.accessKeySecret);
  const query = [`Signature=${percentEncode(signature)}`, ...Object.keys(params).sort().map((k) => `${percentEncode(k)}=${percentEncode(params[k])}`)];
  return `${config.endpoint ?? "https://dysmsapi.aliyuncs.com"}/?${query.join("&")}`;
}

export function aliyunDriver(config: AliyunSmsConfig, fetchImpl: typeof fetch = fetch): SmsDriver {
  return {
    name: "aliyun",
    async send(message) {
      // Only the verification template is approved so far: a security notice stays in the outbox as FAILED.
      if (message.template !== "VERIFICATION_CODE") throw new SmsDeliveryError("Aliyun SMS: no approved template for " + message.template);
      const url = aliyunSendSmsUrl(config, message.phone, { code: message.templateParams.code });
      const response = await fetchImpl(url, { signal: AbortSignal.timeout(10_000) });
      const text = await response.text();
      let body: { Code?: string; Message?: string; BizId?: string } = {};
      try {
        body = JSON.parse(text);
      } catch {
        // fall through: reported below
      }
      if (!response.ok || body.Code !== "OK") {
        throw new SmsDeliveryError(`Aliyun SMS failed: ${body.Code ?? response.status}`, (body.Message ?? text).slice(0, 500));
      }
      return { providerMessageId: body.BizId };
    },
  };
}

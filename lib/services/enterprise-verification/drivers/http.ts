import type { EnterpriseAnswer, EnterpriseVerificationDriver, MismatchField } from "../types";
import { VerificationUnavailableError } from "../types";

// A four-factor verification gateway over HTTP (ENTERPRISE_VERIFY_DRIVER=http): POST JSON
// { enterpriseName, legalRepName, legalRepIdNumber, uscc } with a bearer token; the gateway answers
// { "result": "一致" } | { "result": "不一致", "mismatch": ["legalRepName", …] } | { "result": "无记录" }.
// An adapter for a vendor's own format (Aliyun 企业四要素, Tencent 企业信息核验) sits in front of this.
const FIELDS: MismatchField[] = ["enterpriseName", "legalRepName", "legalRepIdNumber"];

export function httpDriver(url: string, token?: string, timeoutMs = 8000): EnterpriseVerificationDriver {
  return {
    name: "http",
    async verify(query): Promise<EnterpriseAnswer> {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify(query),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        throw new VerificationUnavailableError(String(error));
      }
      if (!response.ok) throw new VerificationUnavailableError(`HTTP ${response.status}`);
      const body = (await response.json().catch(() => null)) as { result?: string; mismatch?: unknown } | null;
      if (body?.result === "一致") return { result: "MATCH" };
      if (body?.result === "无记录") return { result: "NOT_FOUND" };
      if (body?.result === "不一致") {
        const listed = Array.isArray(body.mismatch) ? body.mismatch.filter((f): f is MismatchField => FIELDS.includes(f)) : [];
        return { result: "MISMATCH", fields: listed };
      }
      throw new VerificationUnavailableError(`unreadable answer: ${JSON.stringify(body)?.slice(0, 200)}`);
    },
  };
}

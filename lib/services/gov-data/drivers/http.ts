import { parseGovData } from "../parse";
import { GOV_SOURCE_KINDS, GovSourceError, type GovSource, type GovSourceKind, type GovSources } from "../types";

// A provincial 政务数据共享交换 gateway over HTTP (GOV_DATA_DRIVER=http, GOV_DATA_URL, GOV_DATA_TOKEN).
// Each source is one service: POST <GOV_DATA_URL>/<serviceCode> with
//   { serviceCode, condition: { tyshxydm } | { sfzhm }, purpose, authorizationNo, requestId }
// and the headers Authorization: Bearer <token>, X-Request-Id, X-Authorization-No. It answers
//   { code: "00", message: "成功", dataTime, data }   data of the source
//   { code: "01", message: "无记录", dataTime? }       no record of the subject
//   { code: <other>, message }                        the exchange's own error (e.g. 授权无效, 服务繁忙)
// An adapter for a particular province's envelope sits in front of this if its names differ.
export const GOV_SERVICE_CODES: Record<GovSourceKind, string> = {
  BUSINESS: "scjg.qydj", // 市场监管: 企业登记信息
  TAX: "sw.nsxydj", // 税务: 纳税信用等级与纳税额
  SOCIAL: "rs.sbgjj", // 人社 / 公积金: 参保与缴存
  JUDICIAL: "fy.zxsx", // 法院: 被执行人、失信被执行人、涉诉
  PENALTY: "xy.xzcf", // 信用: 行政处罚
};

interface ExchangeAnswer {
  code?: unknown;
  message?: unknown;
  dataTime?: unknown;
  data?: unknown;
}

function isAbort(error: unknown): boolean {
  return error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError");
}

function httpSource<K extends GovSourceKind>(kind: K, baseUrl: string, token: string | undefined, fetchImpl: typeof fetch): GovSource<K> {
  const serviceCode = GOV_SERVICE_CODES[kind];
  const url = `${baseUrl.replace(/\/+$/, "")}/${serviceCode}`;
  return {
    kind,
    driver: "http",
    async query(request, signal) {
      const condition = request.subject.type === "ENTERPRISE" ? { tyshxydm: request.subject.uscc } : { sfzhm: request.subject.idNumber };
      let response: Response;
      let body: ExchangeAnswer | null;
      try {
        response = await fetchImpl(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-request-id": request.requestId,
            "x-authorization-no": request.authorizationRef,
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify({ serviceCode, condition, purpose: request.purpose, authorizationNo: request.authorizationRef, requestId: request.requestId }),
          signal,
        });
        body = (await response.json().catch(() => null)) as ExchangeAnswer | null;
      } catch (error) {
        if (isAbort(error) || signal.aborted) throw new GovSourceError("TIMEOUT", `${serviceCode} timed out`);
        throw new GovSourceError("ERROR", `${serviceCode}: ${String(error)}`);
      }
      if (!response.ok) throw new GovSourceError("ERROR", `${serviceCode}: HTTP ${response.status}`);
      const dataTime = typeof body?.dataTime === "string" && !Number.isNaN(Date.parse(body.dataTime)) ? new Date(body.dataTime).toISOString() : null;
      if (body?.code === "01") return { status: "NO_RECORD", dataTime };
      if (body?.code !== "00") {
        throw new GovSourceError("ERROR", `${serviceCode}: ${String(body?.code ?? "no code")} ${String(body?.message ?? "").slice(0, 100)}`);
      }
      const data = parseGovData(kind, body.data);
      if (!data || !dataTime) throw new GovSourceError("ERROR", `${serviceCode}: unreadable answer`);
      return { status: "OK", data, dataTime };
    },
  };
}

export function httpSources(baseUrl: string, token?: string, fetchImpl: typeof fetch = fetch): GovSources {
  return Object.fromEntries(GOV_SOURCE_KINDS.map((k) => [k, httpSource(k, baseUrl, token, fetchImpl)])) as unknown as GovSources;
}

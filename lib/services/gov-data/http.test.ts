import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectSources } from "./collect";
import { GOV_SERVICE_CODES, httpSources } from "./drivers/http";

// The HTTP driver against a local stub of a 政务数据共享交换 gateway: one service answers data, one
// 无记录, one is slow, one answers the exchange's own error code, one an HTTP 500.
interface Seen {
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
}

let server: Server;
let baseUrl: string;
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const path = req.url ?? "";
      seen.push({ path, headers: req.headers, body: JSON.parse(raw || "{}") });
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== "Bearer stub-token") return json(200, { code: "10", message: "令牌无效" });
      if (path.endsWith(GOV_SERVICE_CODES.BUSINESS)) {
        return json(200, {
          code: "00",
          message: "成功",
          dataTime: "2026-12-01T00:00:00+08:00",
          data: { name: "天水示范科技有限公司", status: "存续", establishedOn: "2018-05-22", registeredCapital: 500, legalRepName: "王建国", businessScope: "软件开发" },
        });
      }
      if (path.endsWith(GOV_SERVICE_CODES.TAX)) return json(200, { code: "01", message: "无记录", dataTime: "2026-12-01T00:00:00+08:00" });
      if (path.endsWith(GOV_SERVICE_CODES.SOCIAL)) {
        const timer = setTimeout(() => json(200, { code: "00", dataTime: "2026-12-01T00:00:00+08:00", data: { insuredStaff: 9 } }), 3000);
        res.on("close", () => clearTimeout(timer));
        return;
      }
      if (path.endsWith(GOV_SERVICE_CODES.JUDICIAL)) return json(200, { code: "99", message: "服务繁忙" });
      return json(500, { message: "internal" });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/exchange/`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const REQUEST = { subject: { type: "ENTERPRISE" as const, uscc: "91620502MA71TD6K5X" }, purpose: "贷款审批", authorizationRef: "SQ20261202000001-cabc" };

describe("the HTTP 政务数据共享交换 driver", () => {
  it("reads data, 无记录, errors and a slow source, without waiting for the slow one", async () => {
    seen.length = 0;
    const started = Date.now();
    const results = await collectSources(httpSources(baseUrl, "stub-token"), REQUEST, 400);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(results.BUSINESS).toMatchObject({ status: "OK", driver: "http", dataTime: "2026-11-30T16:00:00.000Z", data: { legalRepName: "王建国" } });
    expect(results.TAX).toMatchObject({ status: "NO_RECORD", dataTime: "2026-11-30T16:00:00.000Z" });
    expect(results.SOCIAL).toMatchObject({ status: "UNAVAILABLE", reason: "TIMEOUT" });
    expect(results.JUDICIAL).toMatchObject({ status: "UNAVAILABLE", reason: "ERROR" });
    expect(results.JUDICIAL.status === "UNAVAILABLE" && results.JUDICIAL.error).toContain("99 服务繁忙");
    expect(results.PENALTY).toMatchObject({ status: "UNAVAILABLE", reason: "ERROR" });
    expect(results.PENALTY.status === "UNAVAILABLE" && results.PENALTY.error).toContain("HTTP 500");
  });

  it("sends the subject, purpose and authorisation reference with every request", async () => {
    seen.length = 0;
    const results = await collectSources(httpSources(baseUrl, "stub-token"), REQUEST, 400);
    expect(seen.map((s) => s.path).sort()).toEqual(Object.values(GOV_SERVICE_CODES).map((c) => `/exchange/${c}`).sort());
    for (const s of seen) {
      expect(s.headers["x-authorization-no"]).toBe(REQUEST.authorizationRef);
      expect(s.body).toMatchObject({ condition: { tyshxydm: REQUEST.subject.uscc }, purpose: "贷款审批", authorizationNo: REQUEST.authorizationRef });
      expect(s.headers["x-request-id"]).toBe(s.body.requestId);
    }
    expect(seen.map((s) => s.body.requestId).sort()).toEqual(Object.values(results).map((r) => r.requestId).sort());
  });

  it("asks by 身份证号 for a person, and treats a refused token as the source being unavailable", async () => {
    seen.length = 0;
    const results = await collectSources(httpSources(baseUrl, "wrong"), { ...REQUEST, subject: { type: "PERSON", idNumber: "620502198806121534" } }, 400);
    expect(seen[0].body).toMatchObject({ condition: { sfzhm: "620502198806121534" } });
    expect(Object.values(results).every((r) => r.status === "UNAVAILABLE")).toBe(true);
  });
});

describe("choosing the driver by env", () => {
  it("defaults to the local table, takes http with a URL, refuses the rest", async () => {
    const { govSourcesFromEnv, govTimeoutFromEnv } = await import("./index");
    expect(govSourcesFromEnv({} as NodeJS.ProcessEnv).TAX.driver).toBe("local");
    expect(govSourcesFromEnv({ GOV_DATA_DRIVER: "http", GOV_DATA_URL: "http://gw.example/exchange" } as unknown as NodeJS.ProcessEnv).TAX.driver).toBe("http");
    expect(() => govSourcesFromEnv({ GOV_DATA_DRIVER: "http" } as unknown as NodeJS.ProcessEnv)).toThrow(/GOV_DATA_URL/);
    expect(() => govSourcesFromEnv({ GOV_DATA_DRIVER: "ftp" } as unknown as NodeJS.ProcessEnv)).toThrow(/Unknown/);
    expect(govTimeoutFromEnv({} as NodeJS.ProcessEnv)).toBe(3000);
    expect(govTimeoutFromEnv({ GOV_DATA_TIMEOUT_MS: "800" } as unknown as NodeJS.ProcessEnv)).toBe(800);
  });
});

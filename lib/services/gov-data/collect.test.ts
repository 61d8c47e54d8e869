import { describe, expect, it } from "vitest";
import { collectSources, isPartial } from "./collect";
import { GOV_SOURCE_KINDS, GovSourceError, type GovRequest, type GovSource, type GovSourceKind, type GovSources } from "./types";

const REQUEST = { subject: { type: "ENTERPRISE" as const, uscc: "91620502MA71TD6K5X" }, purpose: "贷款审批", authorizationRef: "SQ1-consent" };

function sources(overrides: Partial<Record<GovSourceKind, GovSource<GovSourceKind>["query"]>>, seen: GovRequest[] = []): GovSources {
  return Object.fromEntries(
    GOV_SOURCE_KINDS.map((kind) => [
      kind,
      {
        kind,
        driver: "fake",
        query: async (request: GovRequest, signal: AbortSignal) => {
          seen.push(request);
          return overrides[kind] ? overrides[kind]!(request, signal) : { status: "NO_RECORD", dataTime: null };
        },
      },
    ]),
  ) as unknown as GovSources;
}

describe("collecting the sources of a 信用报告", () => {
  it("a slow source times out and a failing one is unavailable, while the others answer in time", async () => {
    const never = () => new Promise<never>(() => {}); // ignores the abort signal entirely
    const started = Date.now();
    const results = await collectSources(
      sources({
        TAX: async () => ({ status: "OK", data: { creditGrade: "A", taxPaid: [] }, dataTime: "2026-11-30T16:00:00.000Z" }),
        SOCIAL: never,
        JUDICIAL: async () => {
          throw new GovSourceError("ERROR", "fy.zxsx: 99 服务繁忙");
        },
        PENALTY: async () => {
          throw new Error("socket hang up");
        },
      }),
      REQUEST,
      150,
    );
    expect(Date.now() - started).toBeLessThan(1000);
    expect(results.TAX).toMatchObject({ status: "OK", data: { creditGrade: "A" } });
    expect(results.BUSINESS).toMatchObject({ status: "NO_RECORD" });
    expect(results.SOCIAL).toMatchObject({ status: "UNAVAILABLE", reason: "TIMEOUT" });
    expect(results.JUDICIAL).toMatchObject({ status: "UNAVAILABLE", reason: "ERROR", error: "fy.zxsx: 99 服务繁忙" });
    expect(results.PENALTY).toMatchObject({ status: "UNAVAILABLE", reason: "ERROR", error: "socket hang up" });
    expect(isPartial(results)).toBe(true);
  });

  it("every request carries the purpose and the authorisation reference, each with its own request id", async () => {
    const seen: GovRequest[] = [];
    const results = await collectSources(sources({}, seen), REQUEST, 1000);
    expect(seen).toHaveLength(5);
    expect(seen.every((r) => r.authorizationRef === "SQ1-consent" && r.purpose === "贷款审批")).toBe(true);
    expect(new Set(seen.map((r) => r.requestId)).size).toBe(5);
    expect(GOV_SOURCE_KINDS.map((k) => results[k].requestId).sort()).toEqual(seen.map((r) => r.requestId).sort());
    expect(isPartial(results)).toBe(false);
  });
});

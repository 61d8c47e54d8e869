import { randomUUID } from "node:crypto";
import { GOV_SOURCE_KINDS, GovSourceError, type GovDataOf, type GovRequest, type GovSource, type GovSourceKind, type GovSources } from "./types";

// Asks every source at once, each bounded by its own timeout: a slow or failing source becomes
// "unavailable" in the result and never holds up the others. The timer wins even against a driver
// that ignores the abort signal.
export type SourceResult<K extends GovSourceKind = GovSourceKind> = { kind: K; driver: string; requestId: string; durationMs: number } & (
  | { status: "OK"; data: GovDataOf[K]; dataTime: string }
  | { status: "NO_RECORD"; dataTime: string | null }
  | { status: "UNAVAILABLE"; reason: "TIMEOUT" | "ERROR"; error: string }
);

export type SourceResults = { [K in GovSourceKind]: SourceResult<K> };

async function ask<K extends GovSourceKind>(sources: GovSources, kind: K, request: Omit<GovRequest, "requestId">, timeoutMs: number): Promise<SourceResult<K>> {
  const source = sources[kind] as unknown as GovSource<K>;
  const started = performance.now();
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new GovSourceError("TIMEOUT", `${kind} did not answer within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  const requestId = randomUUID();
  const base = { kind, driver: source.driver, requestId };
  try {
    const answer = await Promise.race([source.query({ ...request, requestId }, controller.signal), timeout]);
    const durationMs = Math.round(performance.now() - started);
    return answer.status === "OK"
      ? { ...base, durationMs, status: "OK", data: answer.data, dataTime: answer.dataTime }
      : { ...base, durationMs, status: "NO_RECORD", dataTime: answer.dataTime };
  } catch (error) {
    const durationMs = Math.round(performance.now() - started);
    const reason = error instanceof GovSourceError ? error.code : "ERROR";
    return { ...base, durationMs, status: "UNAVAILABLE", reason, error: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300) };
  } finally {
    clearTimeout(timer);
  }
}

// Each source request gets its own id (logged as the GovDataRequest id).
export async function collectSources(sources: GovSources, request: Omit<GovRequest, "requestId">, timeoutMs: number): Promise<SourceResults> {
  const results = await Promise.all(GOV_SOURCE_KINDS.map((kind) => ask(sources, kind, request, timeoutMs)));
  return Object.fromEntries(results.map((r) => [r.kind, r])) as SourceResults;
}

export function isPartial(results: SourceResults): boolean {
  return GOV_SOURCE_KINDS.some((k) => results[k].status === "UNAVAILABLE");
}

import "server-only";
import { isProductionDeployment } from "@/lib/env";
import { httpSources } from "./drivers/http";
import { localSources } from "./drivers/local";
import type { GovSources } from "./types";

// GOV_DATA_DRIVER=local (default: the seeded GovDataRecord table) | http (GOV_DATA_URL, GOV_DATA_TOKEN).
// GOV_DATA_TIMEOUT_MS bounds each source's answer (default 3000).
export function govSourcesFromEnv(env: NodeJS.ProcessEnv = process.env): GovSources {
  const name = (env.GOV_DATA_DRIVER ?? "local").trim().toLowerCase();
  if (name === "http") {
    if (!env.GOV_DATA_URL) throw new Error("GOV_DATA_DRIVER=http needs GOV_DATA_URL");
    return httpSources(env.GOV_DATA_URL, env.GOV_DATA_TOKEN);
  }
  if (name !== "local") throw new Error(`Unknown GOV_DATA_DRIVER "${name}"`);
  // The seed fills the local table only outside production: there every source would answer 无记录.
  if (isProductionDeployment(env)) console.warn("[gov-data] production deployment without GOV_DATA_DRIVER=http: 信用报告 sources answer 无记录");
  return localSources();
}

export function govTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const ms = Number(env.GOV_DATA_TIMEOUT_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : 3000;
}

let cached: GovSources | undefined;
export function govSources(): GovSources {
  return (cached ??= govSourcesFromEnv());
}

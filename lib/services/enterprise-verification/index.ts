import "server-only";
import { httpDriver } from "./drivers/http";
import { registryDriver } from "./drivers/registry";
import type { EnterpriseVerificationDriver } from "./types";

// ENTERPRISE_VERIFY_DRIVER=registry (default: the seeded registry table) | http (ENTERPRISE_VERIFY_URL,
// ENTERPRISE_VERIFY_TOKEN).
export function enterpriseDriverFromEnv(env: NodeJS.ProcessEnv = process.env): EnterpriseVerificationDriver {
  const name = (env.ENTERPRISE_VERIFY_DRIVER ?? "registry").trim().toLowerCase();
  if (name === "http") {
    if (!env.ENTERPRISE_VERIFY_URL) throw new Error("ENTERPRISE_VERIFY_DRIVER=http needs ENTERPRISE_VERIFY_URL");
    return httpDriver(env.ENTERPRISE_VERIFY_URL, env.ENTERPRISE_VERIFY_TOKEN);
  }
  if (name !== "registry") throw new Error(`Unknown ENTERPRISE_VERIFY_DRIVER "${name}"`);
  return registryDriver;
}

let cached: EnterpriseVerificationDriver | undefined;
export function enterpriseVerification(): EnterpriseVerificationDriver {
  return (cached ??= enterpriseDriverFromEnv());
}

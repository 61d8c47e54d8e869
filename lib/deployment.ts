import { parseBlindIndexKeyring, parseKeyring } from "./crypto/keyring";
import { isProductionDeployment } from "./env";
import { s3ConfigFrom } from "./services/storage/drivers/s3-config";
import { uploadthingProblem } from "./services/storage/drivers/uploadthing-config";

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

// What a production start lacks; instrumentation.ts refuses to serve while this list is not empty, so that
// a forgotten key never falls back to a development key at the first request.
export function deploymentProblems(env: Env = process.env): string[] {
  if (!isProductionDeployment(env)) return [];
  const problems: string[] = [];
  const set = (name: string) => Boolean(env[name]?.trim());
  if (!set("AUTH_SECRET")) problems.push("AUTH_SECRET is required (openssl rand -base64 32)");
  // The data keys: DATA_ENCRYPTION_KEYS (key ids, the first active) or the single DATA_ENCRYPTION_KEY (k1).
  problems.push(...parseKeyring(env).problems);
  // The blind index keys, by the same rules: BLIND_INDEX_KEYS (key ids, the first active) or BLIND_INDEX_KEY (b1).
  problems.push(...parseBlindIndexKeyring(env).problems);
  if (!set("ALTCHA_HMAC_KEY")) problems.push("ALTCHA_HMAC_KEY is required (openssl rand -hex 32)");
  // Under plain `next start` a client-sent X-Forwarded-For cannot be told from the socket address.
  if (env.CLIENT_IP_SOCKET_APPENDED !== "1" && !set("TRUSTED_PROXY_HOPS")) {
    problems.push("the client address is unknown: start with scripts/serve.mjs (npm start) or set TRUSTED_PROXY_HOPS behind a proxy");
  }
  // Several instances (REDIS_URL, docs/deployment.md) share one server actions key (set at build and run time):
  // it salts the action ids and seals inline actions' closures, so instances built apart agree on both.
  if (set("REDIS_URL")) {
    const key = env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY?.trim();
    if (!key) problems.push("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required with REDIS_URL (several instances): openssl rand -base64 32");
    else if (![16, 24, 32].includes(Buffer.from(key, "base64").length)) problems.push("NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be an AES key (16, 24 or 32 bytes), base64-encoded");
  }
  const driver = env.STORAGE_DRIVER?.trim().toLowerCase();
  if (driver && driver !== "local" && driver !== "s3") problems.push("STORAGE_DRIVER must be local or s3");
  if (driver === "s3") {
    const found = s3ConfigFrom(env);
    if ("missing" in found) problems.push(`STORAGE_DRIVER=s3 needs ${found.missing.join(", ")}`);
  }
  const uploadthing = uploadthingProblem(env);
  if (uploadthing) problems.push(uploadthing);
  const issuer = env.SSO_ISSUER?.trim();
  if (issuer && !issuer.startsWith("https://")) problems.push("SSO_ISSUER must be an https:// URL");
  return problems;
}

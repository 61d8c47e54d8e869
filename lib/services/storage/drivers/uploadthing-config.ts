// UploadThing's settings, read the way the uploadthing SDK reads them (its own env names), so the app, the
// SDK and the CSP agree. Only UPLOADTHING_TOKEN is needed in production; the others point the SDK at a
// stand-in in tests (tests/helpers/uploadthing-ingest.mjs). No "server-only": proxy.ts builds the CSP from it.
export interface UploadthingConfig {
  token: string;
  appId: string;
  // Where browsers send the bytes (the CSP's connect-src).
  ingestOrigins: string[];
  // The public URL of a stored file, as UploadThing forms its ufsUrl.
  fileUrl: (key: string) => string;
}

type Env = NodeJS.ProcessEnv | Record<string, string | undefined>;

export function uploadthingConfig(env: Env = process.env): UploadthingConfig | null {
  const token = env.UPLOADTHING_TOKEN?.trim();
  if (!token) return null;
  let parsed: { appId?: unknown; regions?: unknown; ingestHost?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, "base64").toString("utf8"));
  } catch {
    return null;
  }
  if (typeof parsed.appId !== "string" || !Array.isArray(parsed.regions) || parsed.regions.length === 0) return null;
  const appId = parsed.appId;
  const ingestHost = typeof parsed.ingestHost === "string" ? parsed.ingestHost : "ingest.uploadthing.com";
  const ingestUrl = env.UPLOADTHING_INGEST_URL?.trim();
  const ingestOrigins = ingestUrl ? [new URL(ingestUrl).origin] : (parsed.regions as string[]).map((region) => `https://${region}.${ingestHost}`);
  const ufsHost = env.UPLOADTHING_UFS_HOST?.trim() || "ufs.sh";
  const proto = ufsHost.includes("local") ? "http" : "https";
  const byPath = env.UPLOADTHING_UFS_APP_ID_LOCATION?.trim() === "path";
  const fileUrl = (key: string) =>
    byPath ? `${proto}://${ufsHost}/a/${appId}/${encodeURIComponent(key)}` : `${proto}://${appId}.${ufsHost}/f/${encodeURIComponent(key)}`;
  return { token, appId, ingestOrigins, fileUrl };
}

export const uploadthingProblem = (env: Env): string | null =>
  env.UPLOADTHING_TOKEN?.trim() && !uploadthingConfig(env) ? "UPLOADTHING_TOKEN is not a valid UploadThing token (base64 JSON with apiKey, appId, regions)" : null;

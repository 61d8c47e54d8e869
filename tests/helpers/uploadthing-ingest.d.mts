// Types of the UploadThing stand-in (uploadthing-ingest.mjs, plain JS so scripts/e2e-server.mjs can start it).
export interface UploadthingIngest {
  url: string;
  apiKey: string;
  files: Map<string, { bytes: Buffer; type: string; name: string }>;
  env: Record<"UPLOADTHING_TOKEN" | "UPLOADTHING_INGEST_URL" | "UPLOADTHING_API_URL" | "UPLOADTHING_UFS_HOST" | "UPLOADTHING_UFS_APP_ID_LOCATION", string>;
  close: () => Promise<void>;
}
export function startUploadthingIngest(options?: { port?: number; appId?: string }): Promise<UploadthingIngest>;
export function signPayload(payload: string, apiKey: string): string;

// The settings of STORAGE_DRIVER=s3 (docs/deployment.md), read without loading the SDK (the startup check
// reads them too, lib/deployment.ts).
export interface S3Config {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

// The settings of STORAGE_DRIVER=s3, or the names of those missing.
export function s3ConfigFrom(env: NodeJS.ProcessEnv | Record<string, string | undefined>): { config: S3Config } | { missing: string[] } {
  const names = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length) return { missing };
  const value = (name: string) => env[name]!.trim();
  return {
    config: {
      endpoint: value("S3_ENDPOINT"),
      bucket: value("S3_BUCKET"),
      region: env.S3_REGION?.trim() || "us-east-1",
      accessKeyId: value("S3_ACCESS_KEY_ID"),
      secretAccessKey: value("S3_SECRET_ACCESS_KEY"),
    },
  };
}

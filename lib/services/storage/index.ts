import "server-only";
import { localDriver } from "./drivers/local";
import type { StorageDriver } from "./types";

// Private files (身份证照片, 项目计划书) always go to the local driver — or to an S3-compatible
// driver in the same region once one is added (docs/uploads.md). UPLOAD_DIR defaults to .uploads/
// at the project root (git-ignored).
export function storageDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.UPLOAD_DIR?.trim() || ".uploads";
}

let cached: StorageDriver | undefined;
export function privateStorage(): StorageDriver {
  return (cached ??= localDriver(storageDirectory()));
}

export type { StorageDriver } from "./types";

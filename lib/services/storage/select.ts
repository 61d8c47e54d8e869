import type { FileStorage } from "@/lib/generated/prisma/enums";
import { localDriver } from "./drivers/local";
import { s3Driver } from "./drivers/s3";
import { s3ConfigFrom } from "./drivers/s3-config";
import type { StorageDriver } from "./types";
import { uploadthingDriver } from "./drivers/uploadthing";
import { uploadthingConfig } from "./drivers/uploadthing-config";

// No "server-only" here: scripts (npm run retention) reach stored files too. The app imports ./index.
// Private files (身份证照片, 项目计划书): the local disk (UPLOAD_DIR, default .uploads/ at the project root,
// git-ignored) for one instance, or with STORAGE_DRIVER=s3 an S3-compatible store that several instances share
// (docs/uploads.md, docs/deployment.md). A file is read back through the driver it was stored with.
export function storageDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return env.UPLOAD_DIR?.trim() || ".uploads";
}

export function storageDriverName(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): "LOCAL" | "S3" {
  return env.STORAGE_DRIVER?.trim().toLowerCase() === "s3" ? "S3" : "LOCAL";
}

const drivers = new Map<string, StorageDriver>();

function s3(): StorageDriver {
  const found = s3ConfigFrom(process.env);
  if ("missing" in found) throw new Error(`STORAGE_DRIVER=s3 needs ${found.missing.join(", ")}`);
  return s3Driver(found.config);
}

// The driver new files go to.
export function privateStorage(): StorageDriver {
  const name = storageDriverName();
  let driver = drivers.get(name);
  if (!driver) drivers.set(name, (driver = name === "S3" ? s3() : localDriver(storageDirectory())));
  return driver;
}

// The driver a stored file lives in; null for one this server cannot reach (S3 files on a server without
// STORAGE_DRIVER=s3, UploadThing files on one without UPLOADTHING_TOKEN).
export function storageFor(storage: FileStorage): StorageDriver | null {
  if (storage === "LOCAL") return drivers.get("LOCAL") ?? (drivers.set("LOCAL", localDriver(storageDirectory())), drivers.get("LOCAL")!);
  if (storage === "S3" && storageDriverName() === "S3") return privateStorage();
  if (storage === "UPLOADTHING") {
    const config = uploadthingConfig();
    if (!config) return null;
    let driver = drivers.get(`UPLOADTHING:${config.token}`);
    if (!driver) drivers.set(`UPLOADTHING:${config.token}`, (driver = uploadthingDriver(config)));
    return driver;
  }
  return null;
}


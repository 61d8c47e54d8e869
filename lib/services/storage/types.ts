import type { Readable } from "node:stream";

// Where the bytes of an uploaded file live. The app decides names (keys) and who may read; a driver
// only stores and returns bytes: the local disk (drivers/local.ts) or an S3-compatible store (drivers/s3.ts:
// Aliyun OSS, Tencent COS, MinIO), docs/uploads.md.
export interface StorageDriver {
  readonly name: "LOCAL" | "S3" | "UPLOADTHING";
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  read(key: string): Promise<Readable>;
  delete(key: string): Promise<void>;
  // A URL the browser may fetch for a file the app has already authorised. Local files are served
  // by the app's own route; an object store answers with a short-lived signed URL.
  authorisedUrl(key: string, fileId: string): Promise<string>;
}

export class StoredFileMissingError extends Error {
  constructor(key: string) {
    super(`Stored file not found: ${key}`);
    this.name = "StoredFileMissingError";
  }
}

import type { Readable } from "node:stream";
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { StoredFileMissingError, type StorageDriver } from "../types";
import type { S3Config } from "./s3-config";

// An S3-compatible object store (Aliyun OSS, Tencent COS, MinIO; path-style addressing) for several app
// instances: every instance reads what another stored. The bucket stays private: downloads go through the
// app's own route (GET /files/<id>, after mayRead), so no object URL ever reaches a browser. Encrypted kinds
// (身份证照片) are encrypted by the app before `put`: the store never sees an ID card.
const KEY = /^[a-z0-9-]+\/[A-Za-z0-9_-]{16,64}$/;

export function s3Driver(config: S3Config): StorageDriver {
  const client = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: true,
    // The SDK's newer default checksums (CRC32 on every request) are not understood by every S3-compatible
    // store; send and check them only where the protocol requires.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
  });
  const checked = (key: string) => {
    if (!KEY.test(key)) throw new Error(`Invalid storage key: ${key}`);
    return key;
  };
  return {
    name: "S3",
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: config.bucket, Key: checked(key), Body: bytes, ContentType: contentType, ContentLength: bytes.byteLength }));
    },
    async read(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: checked(key) }));
        if (!answer.Body) throw new StoredFileMissingError(key);
        return answer.Body as Readable;
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === "NoSuchKey") throw new StoredFileMissingError(key);
        throw error;
      }
    },
    async delete(key) {
      await client.send(new DeleteObjectCommand({ Bucket: config.bucket, Key: checked(key) }));
    },
    async authorisedUrl(_key, fileId) {
      return `/files/${fileId}`;
    },
  };
}

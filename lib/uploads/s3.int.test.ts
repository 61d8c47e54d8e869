import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf } from "@/lib/domain/actor";
import { s3Driver } from "@/lib/services/storage/drivers/s3";
import { StoredFileMissingError, type StorageDriver } from "@/lib/services/storage/types";
import { createUser, meta } from "@/tests/helpers/accounts";
import { samplePng } from "@/tests/helpers/file-samples";
import { startS3Server } from "@/tests/helpers/s3-server";
import { deleteUpload, storeUpload } from "./commands";
import { downloadResponse } from "./download";

// STORAGE_DRIVER=s3 against a local S3-compatible server (s3rver): what several instances share.
let s3: Awaited<ReturnType<typeof startS3Server>>;
let storage: StorageDriver;

beforeAll(async () => {
  s3 = await startS3Server();
  storage = s3Driver(s3.config);
});
afterAll(() => s3?.stop());

async function objectBytes(key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await storage.read(key)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe("the S3-compatible storage driver", () => {
  it("stores an ID photo encrypted by the app, gives it back to its owner only, and deletes it", async () => {
    const owner = actorOf(await createUser());
    const photo = samplePng();
    const stored = await storeUpload(owner, "id-photo", { name: "身份证.png", bytes: photo }, meta(), "file", storage);
    const row = await db.uploadedFile.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ storage: "S3", encrypted: true });
    // The object store holds ciphertext only.
    const object = await objectBytes(row.storageKey);
    expect(object.length).toBeGreaterThan(photo.length);
    expect(object.includes(photo.subarray(0, 16))).toBe(false);

    const mine = await downloadResponse(owner, stored.id, storage);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(photo)).toBe(true);
    expect((await downloadResponse(actorOf(await createUser()), stored.id, storage)).status).toBe(404);
    // A driver of another kind does not serve it.
    expect((await downloadResponse(owner, stored.id, { ...storage, name: "LOCAL" })).status).toBe(404);

    await deleteUpload(owner, stored.id, meta(), storage);
    await expect(storage.read(row.storageKey)).rejects.toBeInstanceOf(StoredFileMissingError);
  });

  it("answers a missing object as missing and refuses keys it did not make", async () => {
    await expect(storage.read("id-photo/doesnotexist0000000000")).rejects.toBeInstanceOf(StoredFileMissingError);
    await expect(storage.put("../escape", Buffer.from("x"), "text/plain")).rejects.toThrow("Invalid storage key");
  });
});

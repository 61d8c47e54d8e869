import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf } from "@/lib/domain/actor";
import { InvalidInputError } from "@/lib/domain/errors";
import { consumeRateLimit } from "@/lib/services/rate-limit";
import { localDriver } from "@/lib/services/storage/drivers/local";
import { createUser, meta } from "@/tests/helpers/accounts";
import { samplePng } from "@/tests/helpers/file-samples";
import { storeUpload } from "./commands";
import { uploadResponse } from "./http";
import { UPLOAD_FILES_PER_HOUR } from "./limits";

// The per-user upload limits: files an hour and a byte budget a day, both paths (POST /uploads and a form's file).
const storage = localDriver(mkdtempSync(path.join(tmpdir(), "upload-limits-")));
const file = () => ({ name: "a.png", bytes: new Uint8Array(samplePng()) });

describe("per-user upload limits", () => {
  it(`refuses the ${UPLOAD_FILES_PER_HOUR + 1}th file of the hour with a Chinese message beside the field; other users are not affected`, async () => {
    const user = actorOf(await createUser({ role: "PERSONAL" }));
    for (let i = 0; i < UPLOAD_FILES_PER_HOUR; i++) await storeUpload(user, "image", file(), meta(), "file", storage);
    const refused = await storeUpload(user, "image", file(), meta(), "photo", storage).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(InvalidInputError);
    expect((refused as InvalidInputError).fieldErrors.photo).toMatch(/^上传过于频繁：每小时最多上传30个文件，请\d+分钟后再试$/);
    expect(await db.uploadedFile.count({ where: { ownerId: user.id } })).toBe(UPLOAD_FILES_PER_HOUR);

    // the control's route answers the same text
    const data = new FormData();
    data.set("kind", "image");
    data.set("file", new File([new Uint8Array(samplePng())], "b.png"));
    const answer = await uploadResponse(new Request("http://localhost:3000/uploads", { method: "POST", body: data, headers: { origin: "http://localhost:3000", host: "localhost:3000" } }), user, meta(), storage);
    expect(answer.status).toBe(400);
    expect((await answer.json()).message).toContain("上传过于频繁");

    const other = actorOf(await createUser({ role: "PERSONAL" }));
    await expect(storeUpload(other, "image", file(), meta(), "file", storage)).resolves.toMatchObject({ mimeType: "image/png" });
  });

  it("refuses a file over the day's byte budget", async () => {
    const user = actorOf(await createUser({ role: "ENTERPRISE" }));
    // 200 MB already sent today (the budget counts kilobytes)
    expect((await consumeRateLimit("upload-user-kb", user.id, 200 * 1024)).ok).toBe(true);
    const refused = await storeUpload(user, "image", { name: "big.png", bytes: new Uint8Array(samplePng(64, 64)) }, meta(), "file", storage).catch((e: unknown) => e);
    expect((refused as InvalidInputError).fieldErrors.file).toMatch(/^今日上传的文件总量已达上限（200 MB），请\d+小时后再试$/);
    expect(await db.uploadedFile.count({ where: { ownerId: user.id } })).toBe(0);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { InvalidInputError } from "@/lib/domain/errors";
import { localDriver } from "@/lib/services/storage/drivers/local";
import { createUser, meta } from "@/tests/helpers/accounts";
import { forgedExe, forgedHtml, samplePng } from "@/tests/helpers/file-samples";
import { formUpload } from "./form";
import { removeUploadResponse, uploadResponse } from "./http";

const storage = localDriver(mkdtempSync(path.join(tmpdir(), "upload-form-")));
const personal = async (): Promise<Actor> => actorOf(await createUser({ role: "PERSONAL" }));

function post(body: FormData, headers: Record<string, string> = { origin: "http://localhost:3000", host: "localhost:3000" }) {
  return new Request("http://localhost:3000/uploads", { method: "POST", body, headers });
}
function form(kind: string, bytes: Buffer, name: string) {
  const data = new FormData();
  data.set("kind", kind);
  data.set("file", new File([new Uint8Array(bytes)], name));
  return data;
}

describe("the upload control's server side", () => {
  it("POST /uploads stores a checked file and answers its id, name and size; refuses forged files in Chinese", async () => {
    const owner = await personal();
    const ok = await uploadResponse(post(form("id-photo", samplePng(), "正面.png")), owner, meta(), storage);
    expect(ok.status).toBe(201);
    const answer = await ok.json();
    expect(answer).toMatchObject({ name: "正面.png", mimeType: "image/png", url: `/files/${answer.id}` });
    expect(await db.uploadedFile.count({ where: { id: answer.id, ownerId: owner.id, purpose: "id-photo" } })).toBe(1);

    const exe = await uploadResponse(post(form("id-photo", forgedExe(), "photo.jpg")), owner, meta(), storage);
    expect(exe.status).toBe(400);
    expect((await exe.json()).message).toContain("该文件实际为可执行程序");
    const html = await uploadResponse(post(form("id-photo", forgedHtml(), "photo.jpg")), owner, meta(), storage);
    expect((await html.json()).message).toContain("无法识别的格式");
    expect((await uploadResponse(post(form("unknown", samplePng(), "a.png")), owner, meta(), storage)).status).toBe(400);
  });

  it("refuses visitors and other sites", async () => {
    expect((await uploadResponse(post(form("image", samplePng(), "a.png")), null, meta(), storage)).status).toBe(401);
    const crossSite = post(form("image", samplePng(), "a.png"), { origin: "https://evil.example", host: "localhost:3000" });
    expect((await uploadResponse(crossSite, await personal(), meta(), storage)).status).toBe(403);
  });

  it("a form takes the posted file (no JavaScript) or the id of the actor's own file of that kind", async () => {
    const owner = await personal();
    const posted = await formUpload(owner, "id-photo", { photo: new File([new Uint8Array(samplePng())], "p.png") }, { field: "photo", meta: meta(), storage });
    expect(posted?.mimeType).toBe("image/png");
    const byId = await formUpload(owner, "id-photo", { photo: new File([], ""), photoId: posted!.id }, { field: "photo", storage });
    expect(byId?.id).toBe(posted!.id);

    // Another user's id, or an id of another kind, is like no file at all.
    const other = await personal();
    await expect(formUpload(other, "id-photo", { photoId: posted!.id }, { field: "photo", storage })).rejects.toThrow(InvalidInputError);
    await expect(formUpload(owner, "image", { photoId: posted!.id }, { field: "photo", storage })).rejects.toThrow(InvalidInputError);
    const missing = await formUpload(owner, "id-photo", {}, { field: "photo", required: true, storage }).catch((e: InvalidInputError) => e.fieldErrors);
    expect(missing).toEqual({ photo: "请上传身份证照片" });
    expect(await formUpload(owner, "id-photo", {}, { field: "photo", storage })).toBeNull();
  });

  it("DELETE /uploads/<id> removes the owner's file only", async () => {
    const owner = await personal();
    const stored = await (await uploadResponse(post(form("image", samplePng(), "a.png")), owner, meta(), storage)).json();
    const del = (actor: Actor | null) => removeUploadResponse(new Request("http://localhost:3000/x", { method: "DELETE" }), actor, stored.id, meta(), storage);
    expect((await del(await personal())).status).toBe(404);
    expect((await del(owner)).status).toBe(204);
    expect(await db.uploadedFile.count({ where: { id: stored.id } })).toBe(0);
  });
});

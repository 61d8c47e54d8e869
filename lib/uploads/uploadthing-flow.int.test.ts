import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { storageFor } from "@/lib/services/storage/select";
import { createUser } from "@/tests/helpers/accounts";
import { forgedHtml, samplePng } from "@/tests/helpers/file-samples";
import { startUploadthingIngest, signPayload, type UploadthingIngest } from "@/tests/helpers/uploadthing-ingest.mjs";
import { downloadResponse } from "./download";
import type { PublicMediaAnswer } from "./uploadthing";

// The whole UploadThing protocol over HTTP, as a browser and UploadThing's servers speak it, against a local
// stand-in of those servers: our route signs the upload URL and registers the key, the file is PUT to the
// ingest, the ingest posts the signed callback to our route, onUploadComplete records the file and its answer
// comes back with the upload. Then the file is read and deleted through the UploadThing storage driver.
let ingest: UploadthingIngest;
let app: http.Server;
let appUrl = "";
let actor: Actor | null = null;
const saved = { ...process.env };

beforeAll(async () => {
  ingest = await startUploadthingIngest();
  Object.assign(process.env, ingest.env);
  // The SDK reads its settings when the handler is made: after the env above.
  const { createRouteHandler } = await import("uploadthing/next");
  const { buildPublicMediaRouter } = await import("./uploadthing");
  const handlers = createRouteHandler({
    router: buildPublicMediaRouter({
      getActor: async () => actor,
      fetchBytes: async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer()),
      deleteRemote: (key) => storageFor("UPLOADTHING")!.delete(key),
    }),
    config: { token: ingest.env.UPLOADTHING_TOKEN, logLevel: "Warning" },
  });
  app = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const request = new Request(`${appUrl}${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.method === "POST" ? Buffer.concat(chunks) : undefined });
    const answer = await (req.method === "POST" ? handlers.POST : handlers.GET)(request as never);
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
  await new Promise<void>((resolve) => app.listen(0, "127.0.0.1", resolve));
  appUrl = `http://127.0.0.1:${(app.address() as { port: number }).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => app.close(resolve));
  await ingest.close();
  for (const key of Object.keys(ingest.env)) delete process.env[key];
  Object.assign(process.env, saved);
});

// What uploadthing/client does in the browser: ask our route for a signed URL, then PUT the file there.
async function browserUpload(slug: string, name: string, bytes: Buffer, type = "image/png") {
  const presign = await fetch(`${appUrl}/api/uploadthing?actionType=upload&slug=${slug}`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-uploadthing-package": "@uploadthing/react" },
    body: JSON.stringify({ files: [{ name, size: bytes.length, type, lastModified: Date.now() }], input: null }),
  });
  if (!presign.ok) return { refused: ((await presign.json()) as { message: string }).message };
  const [{ url, key }] = (await presign.json()) as { url: string; key: string }[];
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)], { type }), name);
  const put = await fetch(url, { method: "PUT", body: form });
  return { key, url, status: put.status, body: (await put.json()) as { serverData?: PublicMediaAnswer; ufsUrl?: string; error?: string } };
}

describe("UploadThing over HTTP (local stand-in of its servers)", () => {
  it("an admin's cover goes browser → UploadThing, is recorded by our callback, and is served by /files/<id>", async () => {
    actor = actorOf(await createUser({ role: "ADMIN" }));
    const upload = await browserUpload("contentImage", "活动海报.png", samplePng(16, 9));
    expect(upload.status).toBe(200);
    const answer = upload.body!.serverData!;
    expect(answer).toMatchObject({ ok: true, name: "活动海报.png", mimeType: "image/png" });
    if (!answer.ok) throw new Error("refused");
    const row = await db.uploadedFile.findUniqueOrThrow({ where: { id: answer.fileId } });
    expect(row).toMatchObject({ storage: "UPLOADTHING", storageKey: upload.key, visibility: "PUBLIC", ownerId: actor.id });

    const download = await downloadResponse(null, answer.fileId);
    expect(download.status).toBe(200);
    expect(download.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await download.arrayBuffer()).equals(samplePng(16, 9))).toBe(true);

    await storageFor("UPLOADTHING")!.delete(upload.key!);
    expect(ingest.files.has(upload.key!)).toBe(false);
    expect((await downloadResponse(null, answer.fileId)).status).toBe(404);
  });

  it("a forged image is refused in Chinese with the upload and deleted from UploadThing; no row is kept", async () => {
    actor = actorOf(await createUser({ role: "ADMIN" }));
    const upload = await browserUpload("contentImage", "photo.png", forgedHtml());
    expect(upload.body!.serverData).toEqual({ ok: false, message: expect.stringContaining("文件内容与格式不符") });
    expect(ingest.files.has(upload.key!)).toBe(false);
    expect(await db.uploadedFile.count({ where: { storageKey: upload.key } })).toBe(0);
  });

  it("refuses the wrong role and a visitor before any URL is signed", async () => {
    actor = actorOf(await createUser({ role: "PERSONAL" }));
    expect((await browserUpload("contentImage", "a.png", samplePng())).refused).toBe("当前账号不能上传此类图片");
    actor = null;
    expect((await browserUpload("projectImage", "a.png", samplePng())).refused).toContain("登录已过期");
  });

  it("the ingest refuses a tampered upload URL, and our route refuses a callback whose signature is wrong", async () => {
    actor = actorOf(await createUser({ role: "ENTERPRISE" }));
    const presign = await fetch(`${appUrl}/api/uploadthing?actionType=upload&slug=projectImage`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ files: [{ name: "a.png", size: 10, type: "image/png" }], input: null }),
    });
    const [{ url }] = (await presign.json()) as { url: string }[];
    const tampered = url.replace("x-ut-file-size=10", "x-ut-file-size=9999999");
    expect((await fetch(tampered, { method: "HEAD" })).status).toBe(403);

    const payload = JSON.stringify({ status: "uploaded", file: { key: "k", name: "a.png", size: 1, type: "image/png", customId: null, url: "u", appUrl: "u", ufsUrl: "u", fileHash: "h" }, origin: ingest.url, metadata: { ownerId: actor.id } });
    const forged = await fetch(`${appUrl}/api/uploadthing?slug=projectImage`, {
      method: "POST",
      headers: { "content-type": "application/json", "uploadthing-hook": "callback", "x-uploadthing-signature": signPayload(payload, "sk_wrong_key") },
      body: payload,
    });
    expect(forged.status).toBe(400);
    expect(await db.uploadedFile.count({ where: { storageKey: "k" } })).toBe(0);
  });
});

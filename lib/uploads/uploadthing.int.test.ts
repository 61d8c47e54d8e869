import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { createUser } from "@/tests/helpers/accounts";
import { forgedHtml, samplePng } from "@/tests/helpers/file-samples";
import { buildPublicMediaRouter } from "./uploadthing";

// The file router's middleware (session + role) and onUploadComplete (type by the bytes, the
// UploadedFile row), called directly as UploadThing's handler would.
function routerFor(actor: Actor | null, stored: Uint8Array) {
  const deleted: string[] = [];
  const router = buildPublicMediaRouter({ getActor: async () => actor, fetchBytes: async () => stored, deleteRemote: async (key) => void deleted.push(key) });
  return { router, deleted };
}

type Route = { middleware: (opts: never) => Promise<{ ownerId: string }>; onUploadComplete: (opts: never) => Promise<unknown> };
const route = (r: unknown) => r as Route;
const file = (key: string) => ({ key, name: "活动海报.png", ufsUrl: `https://example.ufs.sh/f/${key}`, size: 100, type: "image/png", customId: null });

describe("UploadThing, public media only", () => {
  it("admits 管理员 for content images and enterprises for 形象展示, nobody else", async () => {
    const admin = actorOf(await createUser({ role: "ADMIN" }));
    const enterprise = actorOf(await createUser({ role: "ENTERPRISE" }));
    const personal = actorOf(await createUser({ role: "PERSONAL" }));
    expect(await route(routerFor(admin, samplePng()).router.contentImage).middleware({ files: [{ name: "a.png", size: 1000, type: "image/png" }] } as never)).toEqual({ ownerId: admin.id });
    expect(await route(routerFor(enterprise, samplePng()).router.projectImage).middleware({ files: [{ name: "a.png", size: 1000, type: "image/png" }] } as never)).toEqual({ ownerId: enterprise.id });
    await expect(route(routerFor(personal, samplePng()).router.contentImage).middleware({ files: [{ name: "a.png", size: 1000, type: "image/png" }] } as never)).rejects.toThrow("当前账号不能上传此类图片");
    await expect(route(routerFor(admin, samplePng()).router.projectImage).middleware({ files: [{ name: "a.png", size: 1000, type: "image/png" }] } as never)).rejects.toThrow("当前账号不能上传此类图片");
    await expect(route(routerFor(null, samplePng()).router.contentImage).middleware({ files: [{ name: "a.png", size: 1000, type: "image/png" }] } as never)).rejects.toThrow("登录已过期");
  });

  it("records a real image as a PUBLIC UploadThing file, and deletes a forged one from UploadThing", async () => {
    const admin = actorOf(await createUser({ role: "ADMIN" }));
    const good = routerFor(admin, samplePng());
    const result = (await route(good.router.contentImage).onUploadComplete({ metadata: { ownerId: admin.id }, file: file("key-good-1") } as never)) as { ok: true; fileId: string };
    expect(result).toMatchObject({ ok: true, name: "活动海报.png", mimeType: "image/png" });
    const row = await db.uploadedFile.findUniqueOrThrow({ where: { id: result.fileId } });
    expect(row).toMatchObject({ storage: "UPLOADTHING", storageKey: "key-good-1", visibility: "PUBLIC", mimeType: "image/png", ownerId: admin.id, encrypted: false });

    const forged = routerFor(admin, forgedHtml());
    // The refusal goes back to the browser with the upload (the control shows it beside the field).
    expect(await route(forged.router.contentImage).onUploadComplete({ metadata: { ownerId: admin.id }, file: file("key-bad-1") } as never)).toEqual({
      ok: false,
      message: expect.stringContaining("文件内容与格式不符"),
    });
    expect(forged.deleted).toEqual(["key-bad-1"]);
    expect(await db.uploadedFile.count({ where: { storageKey: "key-bad-1" } })).toBe(0);
  });

  it("refuses a declared image over 5 MB before any byte moves", async () => {
    const admin = actorOf(await createUser({ role: "ADMIN" }));
    const big = { files: [{ name: "大图.png", size: 6 * 1024 * 1024, type: "image/png" }] };
    await expect(route(routerFor(admin, samplePng()).router.contentImage).middleware(big as never)).rejects.toThrow(/图片不能超过 5(\.0)? MB/);
  });
});

import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getPublicActivity } from "@/lib/activities/queries-public";
import { createArticleAction, updateArticleAction } from "@/lib/content/actions";
import { db } from "@/lib/db";
import { callAction } from "@/tests/helpers/actions";
import { activityForm, admin } from "@/tests/helpers/activity-fixtures";
import { actorOf, createdId, makeUser, makeWorld, type World } from "@/tests/helpers/application-fixtures";
import { articleForm } from "@/tests/helpers/content";
import { forgedHtml, samplePng } from "@/tests/helpers/file-samples";
import type { StorageDriver } from "@/lib/services/storage";
import { deleteUnusedFiles } from "./commands";
import { removeUploadResponse } from "./http";

// 封面图片 of 金融活动 and 资讯动态 through the admin actions, as the form posts them: the file itself
// (no JavaScript) or the id the upload control got from POST /uploads, with its 图片说明.
const UPLOAD_DIR = (process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "covers-")));

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const png = (name = "封面.png") => new File([new Uint8Array(samplePng(32, 18))], name, { type: "image/png" });
const html = () => new File([new Uint8Array(forgedHtml())], "cover.jpg", { type: "image/jpeg" });
const coverOf = async (id: string) => db.activity.findUniqueOrThrow({ where: { id }, select: { coverFileId: true, coverAlt: true } });
// A file as stored: its row, and its bytes on the local disk.
const stored = async (fileId: string) => {
  const row = await db.uploadedFile.findUnique({ where: { id: fileId } });
  return { row: !!row, bytes: row ? existsSync(path.join(UPLOAD_DIR, row.storageKey)) : false };
};
const keyOf = async (fileId: string) => (await db.uploadedFile.findUniqueOrThrow({ where: { id: fileId } })).storageKey;
const deletions = (fileId: string) => db.auditLog.findMany({ where: { action: "upload.delete", targetId: fileId } });

describe("an activity's 封面图片", () => {
  it("the admin sets one (posted file + 图片说明); it is a PUBLIC image shown on the public page", async () => {
    const created = await admin.create(w.admin, activityForm({ cover: png(), coverAlt: "银企对接会现场" }));
    expect(created.ok).toBe(true);
    const id = createdId(created);
    const { coverFileId, coverAlt } = await coverOf(id);
    expect(coverAlt).toBe("银企对接会现场");
    const file = await db.uploadedFile.findUniqueOrThrow({ where: { id: coverFileId! } });
    expect(file).toMatchObject({ purpose: "image", visibility: "PUBLIC", mimeType: "image/png", ownerId: w.admin.id });

    expect((await admin.publish(w.admin, id)).ok).toBe(true);
    expect((await getPublicActivity(id))?.cover).toEqual({ fileId: coverFileId, alt: "银企对接会现场" });
  });

  it("a non-image is refused in Chinese beside the field, by its bytes, whatever its name says", async () => {
    const refused = await admin.create(w.admin, activityForm({ cover: html(), coverAlt: "说明" }));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.fieldErrors.cover).toContain("文件内容与格式不符");
    expect(refused.fieldErrors.cover).toContain("图片仅支持 PNG、JPG、WEBP 格式");
  });

  it("a cover needs its 图片说明", async () => {
    const refused = await admin.create(w.admin, activityForm({ cover: png() }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { coverAlt: expect.stringContaining("请填写图片说明") } });
  });

  it("is kept by an edit that does not touch it, replaced by a new one, removed by 移除封面; a used cover cannot be deleted", async () => {
    const id = createdId(await admin.create(w.admin, activityForm({ cover: png(), coverAlt: "第一张" })));
    const first = (await coverOf(id)).coverFileId!;
    // Another admin edits: the current cover's id comes back with the form and stays.
    const otherAdmin = actorOf(await makeUser("ADMIN", { name: "另一位管理员" }));
    expect((await admin.edit(otherAdmin, id, activityForm({ coverId: first, coverAlt: "第一张（改）" }))).ok).toBe(true);
    expect(await coverOf(id)).toEqual({ coverFileId: first, coverAlt: "第一张（改）" });

    // The control's DELETE of a cover in use is refused (the record keeps it).
    const del = await removeUploadResponse(new Request("http://localhost:3000/uploads/x", { method: "DELETE" }), w.admin, first);
    expect(del.status).toBe(409);

    const firstKey = await keyOf(first);
    expect(await stored(first)).toEqual({ row: true, bytes: true });
    expect((await admin.edit(w.admin, id, activityForm({ coverId: first, cover: png("第二张.png"), coverAlt: "第二张" }))).ok).toBe(true);
    const second = await coverOf(id);
    expect(second.coverFileId).not.toBe(first);
    expect(second.coverAlt).toBe("第二张");
    // The replaced cover is deleted, row and bytes, audited; the new one is what the public page shows.
    expect(await stored(first)).toEqual({ row: false, bytes: false });
    expect(existsSync(path.join(UPLOAD_DIR, firstKey))).toBe(false);
    expect(await deletions(first)).toMatchObject([{ actorId: w.admin.id, targetType: "UploadedFile", detail: { reason: "unused", bytes: "deleted" } }]);
    expect(await stored(second.coverFileId!)).toEqual({ row: true, bytes: true });
    expect((await admin.publish(w.admin, id)).ok).toBe(true);
    expect((await getPublicActivity(id))?.cover).toEqual({ fileId: second.coverFileId, alt: "第二张" });

    expect((await admin.edit(w.admin, id, activityForm({ coverId: second.coverFileId, coverAlt: "第二张", coverRemove: "on" }))).ok).toBe(true);
    expect(await coverOf(id)).toEqual({ coverFileId: null, coverAlt: null });
    expect(await stored(second.coverFileId!)).toEqual({ row: false, bytes: false });
    expect(await deletions(second.coverFileId!)).toHaveLength(1);
  });

  it("non-admins are answered like a record that does not exist, and nothing is stored", async () => {
    const before = await db.uploadedFile.count();
    for (const actor of [w.personal, w.enterprise, w.staffA]) {
      expect(await admin.create(actor, activityForm({ cover: png(), coverAlt: "说明" }))).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    }
    expect(await db.uploadedFile.count()).toBe(before);
  });

  it("another user's file id is not accepted as a cover", async () => {
    const theirs = await db.uploadedFile.create({
      data: { ownerId: w.personal.id, purpose: "image", visibility: "PUBLIC", storageKey: `image/foreign-${Date.now()}`, originalName: "a.png", mimeType: "image/png", size: 10, sha256: "0".repeat(64) },
    });
    const refused = await admin.create(w.admin, activityForm({ coverId: theirs.id, coverAlt: "说明" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { cover: "所选图片已失效，请重新选择" } });
  });
});

describe("a 资讯 item's 封面图片", () => {
  it("the admin sets, keeps and removes it; a non-image is refused; non-admins are refused", async () => {
    const created = await callAction(w.admin, createArticleAction, [], articleForm({ cover: png(), coverAlt: "新闻配图" }));
    expect(created.ok).toBe(true);
    const row = await db.article.findFirstOrThrow({ where: { coverAlt: "新闻配图" }, orderBy: { createdAt: "desc" } });
    expect(row.coverFileId).toBeTruthy();

    const refused = await callAction(w.admin, updateArticleAction, [row.id], articleForm({ cover: html(), coverAlt: "新闻配图" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { cover: expect.stringContaining("文件内容与格式不符") } });
    expect((await db.article.findUniqueOrThrow({ where: { id: row.id } })).coverFileId).toBe(row.coverFileId);

    expect((await callAction(w.admin, updateArticleAction, [row.id], articleForm({ coverId: row.coverFileId, coverAlt: "新闻配图", coverRemove: "on" }))).ok).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: row.id } })).coverFileId).toBeNull();
    expect(await stored(row.coverFileId!)).toEqual({ row: false, bytes: false }); // removed → deleted

    expect(await callAction(w.personal, createArticleAction, [], articleForm({ cover: png(), coverAlt: "x" }))).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
  });
});

describe("a replaced or removed image is deleted once nothing uses it", () => {
  it("a 资讯 cover replaced by a new file: the old one is deleted, the new one kept", async () => {
    const created = await callAction(w.admin, createArticleAction, [], articleForm({ cover: png(), coverAlt: "替换前" }));
    expect(created.ok).toBe(true);
    const row = await db.article.findFirstOrThrow({ where: { coverAlt: "替换前" }, orderBy: { createdAt: "desc" } });
    expect((await callAction(w.admin, updateArticleAction, [row.id], articleForm({ coverId: row.coverFileId, cover: png("新.png"), coverAlt: "替换后" }))).ok).toBe(true);
    const now = (await db.article.findUniqueOrThrow({ where: { id: row.id } })).coverFileId!;
    expect(now).not.toBe(row.coverFileId);
    expect(await stored(row.coverFileId!)).toEqual({ row: false, bytes: false });
    expect(await stored(now)).toEqual({ row: true, bytes: true });
  });

  it("a file another record still uses is kept", async () => {
    const id = createdId(await admin.create(w.admin, activityForm({ cover: png(), coverAlt: "共用" })));
    const shared = (await coverOf(id)).coverFileId!;
    // The admin's own upload, chosen again as a 资讯 item's cover.
    expect((await callAction(w.admin, createArticleAction, [], articleForm({ coverId: shared, coverAlt: "共用的图" }))).ok).toBe(true);
    expect((await admin.edit(w.admin, id, activityForm({ coverId: shared, coverAlt: "共用", coverRemove: "on" }))).ok).toBe(true);
    expect(await coverOf(id)).toEqual({ coverFileId: null, coverAlt: null });
    expect(await stored(shared)).toEqual({ row: true, bytes: true });
    expect(await deletions(shared)).toHaveLength(0);
    // And a 形象展示 or 机构标志 pointing at a file keeps it the same way.
    const inst = await db.institution.findFirstOrThrow({ where: {} });
    await db.institution.update({ where: { id: inst.id }, data: { logoFileId: shared } });
    const article = await db.article.findFirstOrThrow({ where: { coverFileId: shared } });
    await db.article.update({ where: { id: article.id }, data: { coverFileId: null } });
    expect(await deleteUnusedFiles(w.admin, [shared])).toEqual([]);
    expect(await stored(shared)).toEqual({ row: true, bytes: true });
    await db.institution.update({ where: { id: inst.id }, data: { logoFileId: inst.logoFileId } });
    expect(await deleteUnusedFiles(w.admin, [shared])).toEqual([shared]);
    expect(await stored(shared)).toEqual({ row: false, bytes: false });
  });

  it("a refused update keeps the old cover (nothing is deleted), and the new upload is not shown", async () => {
    const id = createdId(await admin.create(w.admin, activityForm({ cover: png(), coverAlt: "原图", capacity: "10" })));
    const first = (await coverOf(id)).coverFileId!;
    await db.activity.update({ where: { id }, data: { registeredCount: 5 } });
    // 限制人数 below the places taken: refused inside the transaction, after the new file was stored.
    const refused = await admin.edit(w.admin, id, activityForm({ coverId: first, cover: png("新图.png"), coverAlt: "新图", capacity: "2" }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { capacity: expect.stringContaining("限制人数不能少于已报名人数") } });
    expect(await coverOf(id)).toEqual({ coverFileId: first, coverAlt: "原图" });
    expect(await stored(first)).toEqual({ row: true, bytes: true });
    expect(await deletions(first)).toHaveLength(0);
  });

  it("a file whose driver this server cannot reach (UploadThing) loses its row only; the save succeeds", async () => {
    const id = createdId(await admin.create(w.admin, activityForm()));
    const remote = await db.uploadedFile.create({
      data: { ownerId: w.admin.id, purpose: "image", visibility: "PUBLIC", storage: "UPLOADTHING", storageKey: `ut-${Date.now()}`, originalName: "a.png", mimeType: "image/png", size: 10, sha256: "0".repeat(64) },
    });
    await db.activity.update({ where: { id }, data: { coverFileId: remote.id, coverAlt: "远程" } });
    expect((await admin.edit(w.admin, id, activityForm({ coverId: remote.id, cover: png(), coverAlt: "本地" }))).ok).toBe(true);
    expect((await coverOf(id)).coverAlt).toBe("本地");
    expect(await db.uploadedFile.findUnique({ where: { id: remote.id } })).toBeNull();
    expect(await deletions(remote.id)).toMatchObject([{ detail: { bytes: "unreachable" } }]);
  });

  it("a storage error does not fail the caller; the row stays for a later sweep", async () => {
    const id = createdId(await admin.create(w.admin, activityForm({ cover: png(), coverAlt: "存储故障" })));
    const fileId = (await coverOf(id)).coverFileId!;
    await db.activity.update({ where: { id }, data: { coverFileId: null, coverAlt: null } });
    const failing = { name: "LOCAL", delete: async () => { throw new Error("storage down"); } } as unknown as StorageDriver;
    expect(await deleteUnusedFiles(w.admin, [fileId], undefined, () => failing)).toEqual([]);
    expect(await stored(fileId)).toEqual({ row: true, bytes: true });
    expect(await deletions(fileId)).toHaveLength(0); // rolled back with the row
    expect(await deleteUnusedFiles(w.admin, [fileId])).toEqual([fileId]); // the sweep, later
    expect(await stored(fileId)).toEqual({ row: false, bytes: false });
  });
});

import { mkdtempSync } from "node:fs";
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
import { removeUploadResponse } from "./http";

// 封面图片 of 金融活动 and 资讯动态 through the admin actions, as the form posts them: the file itself
// (no JavaScript) or the id the upload control got from POST /uploads, with its 图片说明.
process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "covers-"));

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const png = (name = "封面.png") => new File([new Uint8Array(samplePng(32, 18))], name, { type: "image/png" });
const html = () => new File([new Uint8Array(forgedHtml())], "cover.jpg", { type: "image/jpeg" });
const coverOf = async (id: string) => db.activity.findUniqueOrThrow({ where: { id }, select: { coverFileId: true, coverAlt: true } });

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

    expect((await admin.edit(w.admin, id, activityForm({ coverId: first, cover: png("第二张.png"), coverAlt: "第二张" }))).ok).toBe(true);
    const second = await coverOf(id);
    expect(second.coverFileId).not.toBe(first);
    expect(second.coverAlt).toBe("第二张");

    expect((await admin.edit(w.admin, id, activityForm({ coverId: second.coverFileId, coverAlt: "第二张", coverRemove: "on" }))).ok).toBe(true);
    expect(await coverOf(id)).toEqual({ coverFileId: null, coverAlt: null });
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

    expect(await callAction(w.personal, createArticleAction, [], articleForm({ cover: png(), coverAlt: "x" }))).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
  });
});

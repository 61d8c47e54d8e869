import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { listInstitutions } from "@/lib/catalogue/queries-institutions";
import { parseInstitutionFilters } from "@/lib/catalogue/filters";
import { db } from "@/lib/db";
import { callAction } from "@/tests/helpers/actions";
import { makeWorld, type World } from "@/tests/helpers/application-fixtures";
import { forgedHtml, samplePng } from "@/tests/helpers/file-samples";
import { addInstitution, changeInstitutionPublication, editInstitution } from "./actions";

// 机构标志: the admin uploads an institution's logo (a PUBLIC image, checked by its bytes); the public
// 金融机构 card shows it; 移除标志 goes back to the badge text.
const UPLOAD_DIR = (process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "logos-")));

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const form = (over: Record<string, unknown> = {}) => ({
  name: `天水标志测试银行${Math.random().toString(36).slice(2, 8)}`, type: "BANK", serviceRegions: ["QINZHOU"], logoText: "标志", ...over,
});
const png = () => new File([new Uint8Array(samplePng(40, 40))], "logo.png", { type: "image/png" });
const card = async (id: string) => (await listInstitutions(parseInstitutionFilters({}))).find((c) => c.id === id);

describe("机构标志", () => {
  it("is set with the institution, shown on the public card, kept by an edit, removed by 移除标志", async () => {
    const created = await callAction(w.admin, addInstitution, [], form({ logo: png() }));
    expect(created.ok).toBe(true);
    const id = (created as { data: { id: string } }).data.id;
    const logo = (await db.institution.findUniqueOrThrow({ where: { id } })).logoFileId!;
    expect(await db.uploadedFile.findUniqueOrThrow({ where: { id: logo } })).toMatchObject({ purpose: "image", visibility: "PUBLIC", mimeType: "image/png" });
    expect((await callAction(w.admin, changeInstitutionPublication, [id, "publish"], {})).ok).toBe(true);
    expect((await card(id))?.logoFileId).toBe(logo);

    const name = (await db.institution.findUniqueOrThrow({ where: { id } })).name;
    expect((await callAction(w.admin, editInstitution, [id], form({ name, logoId: logo, description: "改了介绍" }))).ok).toBe(true);
    expect((await db.institution.findUniqueOrThrow({ where: { id } })).logoFileId).toBe(logo);
    // A new logo replaces it: the old file is deleted (row and bytes); 移除标志 then deletes the new one too.
    const oldKey = (await db.uploadedFile.findUniqueOrThrow({ where: { id: logo } })).storageKey;
    expect((await callAction(w.admin, editInstitution, [id], form({ name, logoId: logo, logo: png() }))).ok).toBe(true);
    const second = (await db.institution.findUniqueOrThrow({ where: { id } })).logoFileId!;
    expect(second).not.toBe(logo);
    expect((await card(id))?.logoFileId).toBe(second);
    expect(await db.uploadedFile.findUnique({ where: { id: logo } })).toBeNull();
    expect(existsSync(path.join(UPLOAD_DIR, oldKey))).toBe(false);
    expect(await db.auditLog.count({ where: { action: "upload.delete", targetId: logo } })).toBe(1);
    expect((await callAction(w.admin, editInstitution, [id], form({ name, logoId: second, logoRemove: "on" }))).ok).toBe(true);
    expect((await card(id))?.logoFileId).toBeNull();
    expect(await db.uploadedFile.findUnique({ where: { id: second } })).toBeNull();
  });

  it("a refused edit (the name of another institution) keeps the old logo", async () => {
    const other = await callAction(w.admin, addInstitution, [], form());
    const otherName = (await db.institution.findUniqueOrThrow({ where: { id: (other as { data: { id: string } }).data.id } })).name;
    const created = await callAction(w.admin, addInstitution, [], form({ logo: png() }));
    const id = (created as { data: { id: string } }).data.id;
    const logo = (await db.institution.findUniqueOrThrow({ where: { id } })).logoFileId!;
    const refused = await callAction(w.admin, editInstitution, [id], form({ name: otherName, logoId: logo, logo: png() }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { name: "已有同名机构" } });
    expect((await db.institution.findUniqueOrThrow({ where: { id } })).logoFileId).toBe(logo);
    const row = await db.uploadedFile.findUniqueOrThrow({ where: { id: logo } });
    expect(existsSync(path.join(UPLOAD_DIR, row.storageKey))).toBe(true);
  });

  it("refuses a file that is not an image by its bytes, beside the field, and creates nothing", async () => {
    const name = `天水伪造标志银行${Math.random().toString(36).slice(2, 8)}`;
    const refused = await callAction(w.admin, addInstitution, [], form({ name, logo: new File([new Uint8Array(forgedHtml())], "logo.png", { type: "image/png" }) }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { logo: expect.stringContaining("文件内容与格式不符") } });
    expect(await db.institution.count({ where: { name } })).toBe(0);
  });
});

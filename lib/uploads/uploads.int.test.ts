import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { localDriver } from "@/lib/services/storage/drivers/local";
import { createUser, meta } from "@/tests/helpers/accounts";
import { outcome } from "@/tests/helpers/actions";
import { forgedHtml, samplePdf, samplePng } from "@/tests/helpers/file-samples";
import { deleteUpload, storeUpload } from "./commands";
import { downloadResponse } from "./download";

const dir = mkdtempSync(path.join(tmpdir(), "uploads-"));
const storage = localDriver(dir);
const actor = async (role: "PERSONAL" | "ENTERPRISE" | "STAFF" | "ADMIN" = "PERSONAL"): Promise<Actor> => actorOf(await createUser({ role }));

async function staffOf(type: "FUND" | "BANK"): Promise<Actor> {
  const institution = await db.institution.findFirstOrThrow({ where: { type }, select: { id: true } });
  const user = await db.user.create({ data: { phone: `1375${Math.floor(Math.random() * 1e7).toString().padStart(7, "0")}`, role: "STAFF", institutionId: institution.id } });
  return actorOf(user);
}

describe("stored uploads and the one download route", () => {
  it("stores an ID photo encrypted at rest under a server-chosen name, and gives it back to its owner only", async () => {
    const owner = await actor();
    const photo = samplePng();
    const stored = await storeUpload(owner, "id-photo", { name: "../../我的身份证.PNG", bytes: photo }, meta(), "file", storage);
    expect(stored.originalName).toBe("我的身份证.png");
    const row = await db.uploadedFile.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({ ownerId: owner.id, purpose: "id-photo", visibility: "PRIVATE", encrypted: true, size: photo.length });
    expect(row.storageKey).toMatch(/^id-photo\/[A-Za-z0-9_-]+$/);
    const onDisk = readFileSync(path.join(dir, row.storageKey));
    expect(onDisk.includes(photo.subarray(0, 16))).toBe(false); // not the PNG's bytes

    const mine = await downloadResponse(owner, stored.id, storage);
    expect(mine.status).toBe(200);
    expect(Buffer.from(await mine.arrayBuffer()).equals(photo)).toBe(true);
    expect(mine.headers.get("x-content-type-options")).toBe("nosniff");
    expect(mine.headers.get("content-type")).toBe("image/png");
    expect(mine.headers.get("content-disposition")).toContain("filename*=UTF-8''%E6%88%91%E7%9A%84%E8%BA%AB%E4%BB%BD%E8%AF%81.png");
    expect(mine.headers.get("cache-control")).toBe("private, no-store");

    for (const other of [await actor(), await actor("ENTERPRISE"), await staffOf("BANK"), await staffOf("FUND"), null]) {
      const response = await downloadResponse(other, stored.id, storage);
      expect(response.status).toBe(404);
    }
    expect((await downloadResponse(await actor("ADMIN"), stored.id, storage)).status).toBe(200);
  });

  it("lets fund institutions' staff read the 项目计划书 of a published project, not a bank's staff", async () => {
    const owner = await actor("ENTERPRISE");
    const plan = await storeUpload(owner, "business-plan", { name: "计划书.pdf", bytes: samplePdf() }, meta(), "file", storage);
    // Not yet the plan of a published project (docs/equity.md): fund staff are answered 404 too.
    expect((await downloadResponse(await staffOf("FUND"), plan.id, storage)).status).toBe(404);
    await db.equityProject.create({
      data: {
        ownerId: owner.id, name: "测试项目", amount: 100, introduction: "简介", financingNeeds: "需求", coreStrengths: "优势",
        contactName: "王经理", contactPhone: "13912345678", enterpriseName: "测试企业", uscc: "91620500MA00000000",
        status: "PUBLISHED", businessPlanFileId: plan.id,
      },
    });
    const fund = await downloadResponse(await staffOf("FUND"), plan.id, storage);
    expect(fund.status).toBe(200);
    expect(Buffer.from(await fund.arrayBuffer()).equals(samplePdf())).toBe(true);
    expect((await downloadResponse(await staffOf("BANK"), plan.id, storage)).status).toBe(404);
    expect((await downloadResponse(await actor(), plan.id, storage)).status).toBe(404);
  });

  it("refuses a forged file without keeping anything, and answers 404 for unknown or malformed ids", async () => {
    const owner = await actor();
    const before = readdirSync(dir, { recursive: true }).length;
    const refused = await outcome(storeUpload(owner, "id-photo", { name: "photo.jpg", bytes: forgedHtml() }, meta(), "file", storage));
    expect(refused.ok).toBe(false);
    expect(readdirSync(dir, { recursive: true }).length).toBe(before);
    expect(await db.uploadedFile.count({ where: { ownerId: owner.id } })).toBe(0);
    expect((await downloadResponse(owner, "does-not-exist", storage)).status).toBe(404);
    expect((await downloadResponse(owner, "../../etc/passwd", storage)).status).toBe(404);
  });

  it("lets the owner remove a file, and nobody else", async () => {
    const owner = await actor();
    const stored = await storeUpload(owner, "id-photo", { name: "a.png", bytes: samplePng() }, meta(), "file", storage);
    expect((await outcome(deleteUpload(await actor(), stored.id, meta(), storage))).ok).toBe(false);
    await deleteUpload(owner, stored.id, meta(), storage);
    expect((await downloadResponse(owner, stored.id, storage)).status).toBe(404);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf } from "@/lib/domain/actor";
import { issueSmsCode } from "@/lib/services/sms/codes";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { createUser } from "@/tests/helpers/accounts";
import { callAction } from "@/tests/helpers/actions";
import { forgedHtml, samplePng } from "@/tests/helpers/file-samples";
import { submitPersonalCertification } from "./actions";

// 个人认证 step 1 posted without JavaScript (both photos travel with the form): one photo is refused by its
// bytes. The answer keeps what was typed and the photo that was accepted (its id, shown as 已上传), so the
// user picks only the refused one again and sends the form once more.
process.env.UPLOAD_DIR = mkdtempSync(path.join(tmpdir(), "no-js-refusal-"));

const ID17 = "62050219880315234";
const ID = ID17 + idNumberCheckChar(ID17);
const png = () => new File([new Uint8Array(samplePng())], "人像面.png", { type: "image/png" });

describe("个人认证 step 1 without JavaScript, after an upload refusal", () => {
  it("echoes the typed fields and the accepted photo's id; the second post with another file goes on to the face check", async () => {
    const user = await createUser({ role: "PERSONAL" });
    const actor = actorOf(user);
    await issueSmsCode({ phone: user.phone, purpose: "CERTIFY", now: new Date(), code: "135790" });
    const typed = { realName: "赵小燕", idNumber: ID, smsCode: "135790" };

    const refused = await callAction(actor, submitPersonalCertification, [], {
      ...typed,
      idPhotoFront: png(),
      idPhotoFrontId: "",
      idPhotoBack: new File([new Uint8Array(forgedHtml())], "国徽面.jpg", { type: "image/jpeg" }),
      idPhotoBackId: "",
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.fieldErrors.idPhotoBack).toContain("文件内容与格式不符");
    expect(refused.values).toMatchObject({ realName: "赵小燕", idNumber: ID, idPhotoBackId: "" });
    const frontId = refused.values.idPhotoFrontId as string;
    expect(await db.uploadedFile.count({ where: { id: frontId, ownerId: actor.id, purpose: "id-photo" } })).toBe(1);
    // and its own name, which the control shows beside 已上传
    expect(refused.values.idPhotoFrontName).toBe("人像面.png");

    // The page posts the echoed id of the accepted photo (its control shows 已上传) and the newly chosen one.
    const again = await callAction(actor, submitPersonalCertification, [], {
      ...typed,
      idPhotoFront: new File([], ""),
      idPhotoFrontId: frontId,
      idPhotoBack: png(),
      idPhotoBackId: "",
    });
    expect(again.ok).toBe(true);
    expect(again.redirectedTo).toMatch(/^\/face-mock\?BizToken=/);
    const pending = await db.personalCertification.findUniqueOrThrow({ where: { userId: actor.id } });
    expect(pending.idPhotoFileId).toBe(frontId);
    // no second copy of the front photo was stored
    expect(await db.uploadedFile.count({ where: { ownerId: actor.id } })).toBe(2);
  });

  it("a wrong code refused together with a forged photo keeps the other photo: each refusal is shown beside its field", async () => {
    const user = await createUser({ role: "PERSONAL" });
    const actor = actorOf(user);
    await issueSmsCode({ phone: user.phone, purpose: "CERTIFY", now: new Date(), code: "135790" });
    const typed = { realName: "赵小燕", idNumber: ID };

    const refused = await callAction(actor, submitPersonalCertification, [], {
      ...typed,
      smsCode: "000000",
      idPhotoFront: new File([new Uint8Array(forgedHtml())], "photo.jpg", { type: "image/jpeg" }),
      idPhotoFrontId: "",
      idPhotoBack: png(),
      idPhotoBackId: "",
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.fieldErrors.smsCode).toMatch(/短信验证码不正确/);
    expect(refused.fieldErrors.idPhotoFront).toContain("文件内容与格式不符");
    expect(refused.values).toMatchObject({ ...typed, idPhotoFrontId: "" });
    expect(refused.values.smsCode).toBeUndefined();
    const backId = refused.values.idPhotoBackId as string;
    expect(await db.uploadedFile.count({ where: { id: backId, ownerId: actor.id, purpose: "id-photo" } })).toBe(1);

    const again = await callAction(actor, submitPersonalCertification, [], {
      ...typed,
      smsCode: "135790",
      idPhotoFront: png(),
      idPhotoFrontId: "",
      idPhotoBack: new File([], ""),
      idPhotoBackId: backId,
    });
    expect(again.ok).toBe(true);
    const pending = await db.personalCertification.findUniqueOrThrow({ where: { userId: actor.id } });
    expect(pending.idPhotoBackFileId).toBe(backId);
  });
});

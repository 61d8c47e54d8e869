import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { finishMockFace, mockFaceDriver } from "@/lib/services/face-verification/drivers/mock";
import { FaceVerificationUnavailableError, type FaceVerificationDriver } from "@/lib/services/face-verification/types";
import { issueSmsCode } from "@/lib/services/sms/codes";
import { localDriver } from "@/lib/services/storage/drivers/local";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { createUser, meta } from "@/tests/helpers/accounts";
import { samplePng } from "@/tests/helpers/file-samples";
import { POST as mockComplete } from "@/app/face-mock/complete/route";
import { finishPersonalCertification, startPersonalCertification } from "./personal";
import { myCertifications } from "./queries";
import { TOO_MANY_FAILURES } from "./schema";

const storage = localDriver(mkdtempSync(path.join(tmpdir(), "personal-cert-")));
const ID17 = "62050219900708123";
const ID = ID17 + idNumberCheckChar(ID17);
const photo = () => new File([new Uint8Array(samplePng())], "正面.png");
const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000);

async function personal(): Promise<Actor & { phone: string }> {
  const user = await createUser({ role: "PERSONAL" });
  return { ...actorOf(user), phone: user.phone };
}

async function start(actor: Actor & { phone: string }, now = new Date(), driver: FaceVerificationDriver = mockFaceDriver) {
  await issueSmsCode({ phone: actor.phone, purpose: "CERTIFY", now, code: "246810" });
  return startPersonalCertification(actor, { realName: "李小梅", idNumber: ID, smsCode: "246810", idPhotoFront: photo(), idPhotoBack: photo() }, meta(), now, driver, storage);
}

// The provider's page: the demo choice posted as the browser would, answered with the redirect back.
async function choose(bizToken: string, choice: "success" | "failure" | "cancel") {
  const body = new FormData();
  body.set("BizToken", bizToken);
  body.set("choice", choice);
  const { NextRequest } = await import("next/server");
  const response = await mockComplete(new NextRequest("http://localhost:3000/face-mock/complete", { method: "POST", body, headers: { origin: "http://localhost:3000", host: "localhost:3000" } }));
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!, "http://localhost:3000");
}

describe("个人认证 through the mock face-check provider", () => {
  it("step 1 opens a provider session; the provider's page sends the browser back with the token; the server's own query makes it 已认证", async () => {
    const actor = await personal();
    const { url, bizToken } = await start(actor);
    expect(url).toBe(`/face-mock?BizToken=${bizToken}`);
    const pending = await db.personalCertification.findUniqueOrThrow({ where: { userId: actor.id } });
    expect(pending).toMatchObject({ status: "PENDING", realName: "李小梅", phone: actor.phone });
    expect(pending.idNumberEnc).not.toContain(ID);
    expect(decrypt(pending.idNumberEnc!, column("PersonalCertification", "idNumberEnc", actor.id))).toBe(ID);
    expect(await db.uploadedFile.count({ where: { id: { in: [pending.idPhotoFileId!, pending.idPhotoBackFileId!] }, ownerId: actor.id, encrypted: true } })).toBe(2);

    const back = await choose(bizToken, "success");
    expect(back.pathname).toBe("/me/certification/personal/callback");
    expect(back.searchParams.get("token")).toBe(bizToken);
    expect(await finishPersonalCertification(actor, bizToken, meta())).toEqual({ verified: true });

    const summary = await myCertifications(actor.id);
    expect(summary.personal.status).toBe("VERIFIED");
    expect(summary.personal.rows).toEqual([
      { label: "姓名", value: "李**" },
      { label: "身份证号码", value: `${ID.slice(0, 6)}********${ID.slice(14)}` },
    ]);
    expect(await db.message.count({ where: { userId: actor.id, title: "个人认证已通过" } })).toBe(1);
    expect(await db.auditLog.count({ where: { actorId: actor.id, action: { startsWith: "certification.personal." } } })).toBe(2);

    // The token is single use.
    await expect(finishPersonalCertification(actor, bizToken, meta())).rejects.toThrow("已处理");
  });

  it("another user's token answers like a missing one; a forged redirect (no result at the provider) is not a success", async () => {
    const owner = await personal();
    const { bizToken } = await start(owner);
    await expect(finishPersonalCertification(await personal(), bizToken, meta())).rejects.toThrow("不存在或无权查看");
    // Straight to the callback without finishing the provider's page (…?token=X&result=success): the provider says "not finished".
    const outcome = await finishPersonalCertification(owner, bizToken, meta());
    expect(outcome).toEqual({ verified: false, reason: "未完成人脸比对，请重新认证" });
    expect((await db.personalCertification.findUniqueOrThrow({ where: { userId: owner.id } })).status).toBe("FAILED");
  });

  it("an expired token is refused as 超时 and the provider's page no longer takes it", async () => {
    const actor = await personal();
    const now = new Date();
    const { bizToken } = await start(actor, now);
    expect(await finishMockFace(bizToken, "success", minutes(now, 31))).toBeNull();
    const outcome = await finishPersonalCertification(actor, bizToken, meta(), minutes(now, 31));
    expect(outcome).toEqual({ verified: false, reason: "人脸认证已超时，请重新认证" });
  });

  it("a failed comparison is 认证失败 with the reason; 重新认证 starts again with new photos; three failures close the day", async () => {
    const actor = await personal();
    let now = new Date();
    for (let i = 1; i <= 3; i++) {
      const { bizToken } = await start(actor, now);
      await choose(bizToken, "failure");
      const outcome = await finishPersonalCertification(actor, bizToken, meta(), now);
      expect(outcome).toMatchObject({ verified: false, reason: expect.stringContaining("人脸比对未通过") });
      now = minutes(now, 2); // one SMS code a minute
    }
    const summary = await myCertifications(actor.id, now);
    expect(summary.personal.status).toBe("FAILED");
    expect(summary.personalBlocked).toBe(true);
    await expect(start(actor, now)).rejects.toThrow(TOO_MANY_FAILURES);
    expect(await db.message.count({ where: { userId: actor.id, title: "个人认证未通过" } })).toBe(3);
  });

  it("starting again kills the earlier token; an unavailable provider is not counted", async () => {
    const actor = await personal();
    const now = new Date();
    const first = await start(actor, now);
    const second = await start(actor, minutes(now, 2));
    await expect(finishPersonalCertification(actor, first.bizToken, meta(), minutes(now, 3))).rejects.toThrow("已处理");
    await choose(second.bizToken, "success");
    expect(await finishPersonalCertification(actor, second.bizToken, meta(), minutes(now, 3))).toEqual({ verified: true });

    const other = await personal();
    const down: FaceVerificationDriver = { name: "down", detectAuth: async () => { throw new FaceVerificationUnavailableError("timeout"); }, getDetectInfo: async () => { throw new FaceVerificationUnavailableError("timeout"); } };
    await expect(start(other, now, down)).rejects.toThrow("暂时不可用");
    expect(await db.certificationAttempt.count({ where: { userId: other.id } })).toBe(0);
  });

  it("only personal accounts may do 个人认证", async () => {
    const enterprise = { ...actorOf(await createUser({ role: "ENTERPRISE" })), phone: "" };
    await expect(startPersonalCertification(enterprise, { realName: "李小梅", idNumber: ID, smsCode: "123456" }, meta())).rejects.toThrow("个人认证需使用个人账号办理");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordConsoleView } from "@/lib/applications/records";
import { markMessageRead } from "@/lib/messages/commands";
import { readMessage } from "@/lib/messages/actions";
import { NotFoundError } from "@/lib/domain/errors";
import { callAction } from "@/tests/helpers/actions";
import { getMyApplication, getMyOverview, listMyApplications } from "@/lib/applications/queries";
import { getOrgApplication, listOrgApplications } from "@/lib/applications/queries-org";
import { getMyConsultation, getOrgConsultation, listMyConsultations, listOrgConsultations } from "@/lib/consultations/queries";
import { getMyMessage, listMyMessages } from "@/lib/messages/queries";
import { answer, apply, ask, createdId, decide, enterpriseForm, makeWorld, personalForm, resubmit, validIdNumber, type World } from "@/tests/helpers/application-fixtures";

let w: World;
let idNumber: string;
let aApp: string; // user A's (w.personal) application at bank A
let bBankApp: string; // an application at bank B
let aConsultation: string;

beforeAll(async () => {
  w = await makeWorld();
  idNumber = validIdNumber();
  aApp = createdId(await apply(w.personal, w.personalProduct.id, personalForm({ idNumber, applicantPhone: "13987654321" })));
  bBankApp = createdId(await apply(w.enterprise, w.productB.id, enterpriseForm(w.enterpriseUscc)));
  aConsultation = createdId(await ask(w.personal, w.personalProduct.id, "请问这款产品需要抵押吗？"));
});

describe("user B never sees user A's records (not found)", () => {
  it("applications: detail, list, overview, withdraw, resubmit", async () => {
    expect(await getMyApplication(w.otherPersonal, aApp)).toBeNull();
    expect((await listMyApplications(w.otherPersonal, { page: 1 })).items.map((r) => r.id)).not.toContain(aApp);
    expect((await getMyOverview(w.otherPersonal)).total).toBe(0);
    expect(await decide(w.otherPersonal, aApp, "WITHDRAW")).toMatchObject({ ok: false, message: "申请不存在或无权查看" });
    expect(await resubmit(w.otherPersonal, aApp, personalForm())).toMatchObject({ ok: false, message: "申请不存在或无权查看" });
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id: aApp } })).status).toBe("SUBMITTED");
    expect(await getMyApplication(w.personal, aApp)).not.toBeNull();
  });

  it("messages: detail, list, mark read", async () => {
    const message = await db.message.findFirstOrThrow({ where: { userId: w.personal.id } });
    expect(await getMyMessage(w.otherPersonal, message.id)).toBeNull();
    expect((await listMyMessages(w.otherPersonal, 1)).items).toHaveLength(0);
    await expect(markMessageRead(w.otherPersonal, message.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await callAction(w.otherPersonal, readMessage, [message.id], {})).toMatchObject({ ok: false, message: "消息不存在或无权查看" });
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).readAt).toBeNull();
    await markMessageRead(w.personal, message.id);
    expect((await db.message.findUniqueOrThrow({ where: { id: message.id } })).readAt).toBeInstanceOf(Date);
  });

  it("consultations: detail and list", async () => {
    expect(await getMyConsultation(w.otherPersonal, aConsultation)).toBeNull();
    expect((await listMyConsultations(w.otherPersonal, 1)).items).toHaveLength(0);
    expect(await getMyConsultation(w.personal, aConsultation)).not.toBeNull();
  });
});

describe("staff see only their institution's records", () => {
  it("bank A staff get not-found on bank B's applications, and the reverse", async () => {
    expect(await getOrgApplication(w.staffA, bBankApp)).toBeNull();
    expect(await getOrgApplication(w.staffB, aApp)).toBeNull();
    expect((await listOrgApplications(w.staffA, { page: 1 })).items.map((r) => r.id)).not.toContain(bBankApp);
    // (open 续贷 of the seed are visible to every bank: leave them aside)
    const seenByB = (await listOrgApplications(w.staffB, { page: 1 })).items.filter((r) => !r.isOpenRenewal);
    expect(seenByB.map((r) => r.id)).toEqual([bBankApp]);
    expect(await decide(w.staffA, bBankApp, "ACCEPT")).toMatchObject({ ok: false, message: "申请不存在或无权查看" });
    expect(await decide(w.staffGuarantee, aApp, "ACCEPT")).toMatchObject({ ok: false, message: "申请不存在或无权查看" });
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id: bBankApp } })).status).toBe("SUBMITTED");
  });

  it("applicants and admins are not staff: the console reads answer not-found", async () => {
    await expect(getOrgApplication(w.personal, aApp)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOrgApplications(w.admin, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("consultations: another institution's question is not found and cannot be answered", async () => {
    expect(await getOrgConsultation(w.staffB, aConsultation)).toBeNull();
    expect((await listOrgConsultations(w.staffB, { page: 1 })).items).toHaveLength(0);
    expect(await answer(w.staffB, aConsultation, "不需要")).toMatchObject({ ok: false, message: "咨询不存在或无权查看" });
    expect((await listOrgConsultations(w.staffA, { page: 1, answered: false })).items.map((c) => c.id)).toContain(aConsultation);
  });
});

describe("sensitive data", () => {
  it("the applicant sees 身份证号 and phone masked, income hidden", async () => {
    const mine = await getMyApplication(w.personal, aApp);
    const fields = Object.fromEntries(mine!.fields.map((f) => [f.label, f.value]));
    expect(fields["申请人身份证号"]).toBe(`${idNumber.slice(0, 6)}********${idNumber.slice(14)}`);
    expect(fields["申请人手机号"]).toBe("139****4321");
    expect(fields["年收入"]).not.toContain("18.5");
  });

  it("the handling institution sees them masked until 查看完整信息, then in clear; the page records every such view, the read writes nothing", async () => {
    const before = await db.auditLog.count({ where: { action: "application.view_sensitive", targetId: aApp } });
    const masked = Object.fromEntries((await getOrgApplication(w.staffA, aApp))!.fields.map((f) => [f.label, f.value]));
    expect(masked["申请人身份证号"]).not.toBe(idNumber);
    expect(masked["申请人手机号"]).toBe("139****4321");
    expect(masked["年收入"]).not.toContain("18.5");
    for (const label of ["年收入", "目前贷款总额", "当前有无被执行信息", "近两年银行逾期情况"]) expect(masked[label]).toBe("******（已加密保存）");
    const view = await getOrgApplication(w.staffA, aApp, true);
    const fields = Object.fromEntries(view!.fields.map((f) => [f.label, f.value]));
    expect(fields["申请人身份证号"]).toBe(idNumber);
    expect(fields["申请人手机号"]).toBe("13987654321");
    expect(fields["年收入"]).toBe("18.5万");
    expect(fields).toMatchObject({ 目前贷款总额: "3万", 当前有无被执行信息: "无", 近两年银行逾期情况: "无" });
    expect(await db.auditLog.count({ where: { action: "application.view_sensitive", targetId: aApp } })).toBe(before);
    await recordConsoleView(w.staffA, view!.record, { ip: "10.1.1.1", userAgent: "vitest" });
    await recordConsoleView(w.staffA, view!.record);
    const logs = await db.auditLog.findMany({ where: { action: "application.view_sensitive", targetId: aApp }, orderBy: { createdAt: "asc" } });
    expect(logs).toHaveLength(before + 2);
    expect(logs[before]).toMatchObject({ actorId: w.staffA.id, ip: "10.1.1.1" });
    expect(JSON.stringify(logs.map((l) => l.detail))).not.toContain(idNumber);
  });
});

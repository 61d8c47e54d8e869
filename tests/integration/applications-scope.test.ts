import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductApplication } from "@/lib/applications/product-application";
import { transitionApplication } from "@/lib/applications/transitions";
import { resubmitApplication } from "@/lib/applications/resubmit";
import { askQuestion, answerConsultation } from "@/lib/applications/consultations";
import { markMessageRead } from "@/lib/applications/messages";
import { NotFoundError } from "@/lib/applications/errors";
import { getMyApplication, getMyOverview, listMyApplications } from "@/lib/data/applications";
import { getOrgApplication, listOrgApplications } from "@/lib/data/org-applications";
import { getMyConsultation, getOrgConsultation, listMyConsultations, listOrgConsultations } from "@/lib/data/consultations";
import { getMyMessage, listMyMessages } from "@/lib/data/messages";
import { enterpriseForm, makeWorld, personalForm, validIdNumber, type World } from "../helpers/application-fixtures";

let w: World;
let idNumber: string;
let aApp: string; // user A's (w.personal) application at bank A
let bBankApp: string; // an application at bank B
let aConsultation: string;

beforeAll(async () => {
  w = await makeWorld();
  idNumber = validIdNumber();
  const a = await createProductApplication(w.personal, w.personalProduct.id, personalForm({ idNumber, applicantPhone: "13987654321" }));
  const b = await createProductApplication(w.enterprise, w.productB.id, enterpriseForm(w.enterpriseUscc));
  if (!a.ok || !b.ok) throw new Error("setup failed");
  aApp = a.data!.id;
  bBankApp = b.data!.id;
  const q = await askQuestion(w.personal, w.personalProduct.id, { question: "请问这款产品需要抵押吗？" });
  if (!q.ok) throw new Error("setup failed");
  aConsultation = q.data!.id;
});

describe("user B never sees user A's records (not found)", () => {
  it("applications: detail, list, overview, withdraw, resubmit", async () => {
    expect(await getMyApplication(w.otherPersonal, aApp)).toBeNull();
    expect((await listMyApplications(w.otherPersonal, { page: 1 })).items.map((r) => r.id)).not.toContain(aApp);
    expect((await getMyOverview(w.otherPersonal)).total).toBe(0);
    await expect(transitionApplication(w.otherPersonal, aApp, "WITHDRAW")).rejects.toBeInstanceOf(NotFoundError);
    await expect(resubmitApplication(w.otherPersonal, aApp, personalForm())).rejects.toBeInstanceOf(NotFoundError);
    expect(await getMyApplication(w.personal, aApp)).not.toBeNull();
  });

  it("messages: detail, list, mark read", async () => {
    const message = await db.message.findFirstOrThrow({ where: { userId: w.personal.id } });
    expect(await getMyMessage(w.otherPersonal, message.id)).toBeNull();
    expect((await listMyMessages(w.otherPersonal, 1)).items).toHaveLength(0);
    await expect(markMessageRead(w.otherPersonal, message.id)).rejects.toBeInstanceOf(NotFoundError);
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
    await expect(transitionApplication(w.staffA, bBankApp, "ACCEPT")).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionApplication(w.staffGuarantee, aApp, "ACCEPT")).rejects.toBeInstanceOf(NotFoundError);
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id: bBankApp } })).status).toBe("SUBMITTED");
  });

  it("applicants and admins are not staff: the console reads answer not-found", async () => {
    await expect(getOrgApplication(w.personal, aApp)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listOrgApplications(w.admin, { page: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("consultations: another institution's question is not found and cannot be answered", async () => {
    expect(await getOrgConsultation(w.staffB, aConsultation)).toBeNull();
    expect((await listOrgConsultations(w.staffB, { page: 1 })).items).toHaveLength(0);
    await expect(answerConsultation(w.staffB, aConsultation, { answer: "不需要" })).rejects.toBeInstanceOf(NotFoundError);
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

  it("the handling institution sees them in clear, and every such view is audit-logged", async () => {
    const before = await db.auditLog.count({ where: { action: "application.view_sensitive", targetId: aApp } });
    const view = await getOrgApplication(w.staffA, aApp, { ip: "10.1.1.1", userAgent: "vitest" });
    const fields = Object.fromEntries(view!.fields.map((f) => [f.label, f.value]));
    expect(fields["申请人身份证号"]).toBe(idNumber);
    expect(fields["申请人手机号"]).toBe("13987654321");
    expect(fields["年收入"]).toBe("18.5万");
    await getOrgApplication(w.staffA, aApp);
    const logs = await db.auditLog.findMany({ where: { action: "application.view_sensitive", targetId: aApp }, orderBy: { createdAt: "asc" } });
    expect(logs).toHaveLength(before + 2);
    expect(logs[before]).toMatchObject({ actorId: w.staffA.id, ip: "10.1.1.1" });
    expect(JSON.stringify(logs.map((l) => l.detail))).not.toContain(idNumber);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createProductApplication } from "@/lib/applications/product-application";
import { createBridgeApplication, createRenewalApplication } from "@/lib/applications/service-applications";
import { resubmitApplication } from "@/lib/applications/resubmit";
import { transitionApplication } from "@/lib/applications/transitions";
import { getMyReturnedApplicationForm } from "@/lib/data/application-edit";
import type { Actor } from "@/lib/applications/actor";
import { bridgeForm, enterpriseForm, makeWorld, personalForm, renewalForm, type World } from "../helpers/application-fixtures";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

// 退回补充 → the edit form is filled with what was submitted → submitting it unchanged works.
async function roundTrip(applicant: Actor, staff: Actor, create: () => Promise<{ ok: boolean; data?: { id: string } }>) {
  const created = await create();
  expect(created.ok).toBe(true);
  const id = created.data!.id;
  expect((await transitionApplication(staff, id, "RETURN", { comment: "请核对后重新提交" })).ok).toBe(true);
  const form = await getMyReturnedApplicationForm(applicant, id);
  expect(form?.returnComment).toBe("请核对后重新提交");
  const result = await resubmitApplication(applicant, id, { ...form!.values, agreement: "on" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return { id, values: form!.values };
}

describe("修改并重新提交 with the stored values", () => {
  it("personal product application, decrypted for its owner", async () => {
    const original = personalForm({ annualIncome: "22" });
    const { values } = await roundTrip(w.personal, w.staffA, () => createProductApplication(w.personal, w.personalProduct.id, original));
    expect(values).toMatchObject({ idNumber: original.idNumber, annualIncome: "22", hasEnforcement: "no", purpose: "CONSUMPTION" });
  });

  it("enterprise product application", async () => {
    await roundTrip(w.enterprise, w.staffA, () => createProductApplication(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc)));
  });

  it("open 续贷 returned by the named bank stays with it and keeps its routing", async () => {
    const { id, values } = await roundTrip(w.enterprise, w.staffA, () =>
      createRenewalApplication(w.enterprise, renewalForm(w.enterpriseUscc, w.bankA.id, { acceptOthers: "yes", loanMethod: "ANY" })),
    );
    expect(values).toMatchObject({ acceptOthers: "yes", loanMethod: "ANY", institutionId: w.bankA.id });
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: "SUBMITTED", institutionId: w.bankA.id, acceptOtherInstitutions: true });
  });

  it("续贷: a changed 贷款机构 in the posted form is ignored", async () => {
    const created = await createRenewalApplication(w.enterprise, renewalForm(w.enterpriseUscc, w.bankA.id));
    const id = created.ok ? created.data!.id : "";
    await transitionApplication(w.staffA, id, "RETURN", { comment: "请补充" });
    const form = await getMyReturnedApplicationForm(w.enterprise, id);
    const r = await resubmitApplication(w.enterprise, id, { ...form!.values, institutionId: w.bankB.id, acceptOthers: "yes", agreement: "on" });
    expect(r.ok).toBe(true);
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ institutionId: w.bankA.id, originalInstitutionId: w.bankA.id, acceptOtherInstitutions: false });
  });

  it("转贷", async () => {
    await roundTrip(w.enterprise, w.staffBridge, () => createBridgeApplication(w.enterprise, bridgeForm(w.enterpriseUscc, w.bankA.id)));
  });

  it("is not offered for another user's or a non-returned application", async () => {
    const created = await createProductApplication(w.personal, w.personalProduct.id, personalForm());
    const id = created.ok ? created.data!.id : "";
    expect(await getMyReturnedApplicationForm(w.personal, id)).toBeNull();
    await transitionApplication(w.staffA, id, "RETURN", { comment: "请补充" });
    expect(await getMyReturnedApplicationForm(w.otherPersonal, id)).toBeNull();
  });
});

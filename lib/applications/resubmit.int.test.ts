import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getMyReturnedApplicationForm } from "@/lib/applications/queries";
import type { Actor } from "@/lib/domain/actor";
import {
  apply,
  applyBridge,
  bridgeForm,
  createdId,
  decide,
  enterpriseForm,
  makeWorld,
  personalForm,
  renew,
  renewalForm,
  resubmit,
  type World,
} from "@/tests/helpers/application-fixtures";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

// 退回补充 → the edit form is filled with what was submitted → submitting it unchanged works.
async function roundTrip(applicant: Actor, staff: Actor, create: () => Promise<{ ok: boolean; message: string | null; data?: unknown }>) {
  const id = createdId(await create());
  expect((await decide(staff, id, "RETURN", { comment: "请核对后重新提交" })).ok).toBe(true);
  const form = await getMyReturnedApplicationForm(applicant, id);
  expect(form?.returnComment).toBe("请核对后重新提交");
  const result = await resubmit(applicant, id, { ...form!.values, agreement: "on" });
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return { id, values: form!.values };
}

describe("修改并重新提交 with the stored values", () => {
  it("personal product application, decrypted for its owner", async () => {
    const original = personalForm({ annualIncome: "22" });
    const { values } = await roundTrip(w.personal, w.staffA, () => apply(w.personal, w.personalProduct.id, original));
    expect(values).toMatchObject({ idNumber: original.idNumber, annualIncome: "22", hasEnforcement: "no", purpose: "CONSUMPTION" });
  });

  it("enterprise product application", async () => {
    await roundTrip(w.enterprise, w.staffA, () => apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc)));
  });

  it("open 续贷 returned by the named bank stays with it and keeps its routing", async () => {
    const { id, values } = await roundTrip(w.enterprise, w.staffA, () =>
      renew(w.enterprise, renewalForm(w.enterpriseUscc, w.bankA.id, { acceptOthers: "yes", loanMethod: "ANY" })),
    );
    expect(values).toMatchObject({ acceptOthers: "yes", loanMethod: "ANY", institutionId: w.bankA.id });
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: "SUBMITTED", institutionId: w.bankA.id, acceptOtherInstitutions: true });
  });

  it("续贷: a changed 贷款机构 in the posted form is ignored", async () => {
    const id = createdId(await renew(w.enterprise, renewalForm(w.enterpriseUscc, w.bankA.id)));
    await decide(w.staffA, id, "RETURN", { comment: "请补充" });
    const form = await getMyReturnedApplicationForm(w.enterprise, id);
    const r = await resubmit(w.enterprise, id, { ...form!.values, institutionId: w.bankB.id, acceptOthers: "yes", agreement: "on" });
    expect(r.ok).toBe(true);
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ institutionId: w.bankA.id, originalInstitutionId: w.bankA.id, acceptOtherInstitutions: false });
  });

  it("转贷", async () => {
    await roundTrip(w.enterprise, w.staffBridge, () => applyBridge(w.enterprise, bridgeForm(w.enterpriseUscc, w.bankA.id)));
  });

  it("runs the checks of creation again: a 转贷 with a bogus 贷款机构 is refused beside the field", async () => {
    const id = createdId(await applyBridge(w.enterprise, bridgeForm(w.enterpriseUscc, w.bankA.id)));
    await decide(w.staffBridge, id, "RETURN", { comment: "请核对贷款机构" });
    const form = await getMyReturnedApplicationForm(w.enterprise, id);
    for (const institutionId of [w.guarantee.id, "no-such-institution"]) {
      const r = await resubmit(w.enterprise, id, { ...form!.values, institutionId, agreement: "on" });
      expect(r.ok === false && r.fieldErrors.institutionId).toBe("请选择贷款机构");
    }
    expect((await db.loanApplication.findUniqueOrThrow({ where: { id } })).status).toBe("RETURNED");
  });

  it("is not offered for another user's or a non-returned application", async () => {
    const id = createdId(await apply(w.personal, w.personalProduct.id, personalForm()));
    expect(await getMyReturnedApplicationForm(w.personal, id)).toBeNull();
    await decide(w.staffA, id, "RETURN", { comment: "请补充" });
    expect(await getMyReturnedApplicationForm(w.otherPersonal, id)).toBeNull();
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";

import { getOrgApplication, listOrgApplications } from "@/lib/applications/queries-org";
import { getMyApplication } from "@/lib/applications/queries";
import { staffApplicationScope } from "@/lib/applications/scope";
import { actorOf, applyBridge, bridgeForm, createdId, decide, inDays, makeInstitution, makeUser, makeWorld, renew, renewalForm, type World } from "@/tests/helpers/application-fixtures";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

async function renewal(overrides: Record<string, unknown> = {}) {
  return createdId(await renew(w.enterprise, renewalForm(w.enterpriseUscc, w.bankA.id, overrides)));
}

describe("续贷申请", () => {
  it("goes to the chosen 贷款机构 only when other institutions are not accepted", async () => {
    const id = await renewal({ acceptOthers: "no", loanMethod: "ANY" });
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({
      kind: "RENEWAL", institutionId: w.bankA.id, originalInstitutionId: w.bankA.id, acceptOtherInstitutions: false,
      loanMethod: null, region: "QINZHOU", gender: "MALE", contactName: "李四", status: "SUBMITTED",
    });
    expect(app.dueDate?.toISOString().slice(0, 10)).toBe(inDays(30));
    expect(await getOrgApplication(w.staffA, id)).not.toBeNull();
    expect(await getOrgApplication(w.staffB, id)).toBeNull();
  });

  it("validates every field of the manual's form", async () => {
    const r = await renew(
      w.enterprise,
      renewalForm(w.enterpriseUscc, w.bankA.id, {
        amount: "", termMonths: "x", dueDate: inDays(-2), loanMethod: "", loanRate: "40", institutionId: "",
        acceptOthers: "", region: "", enterpriseName: "", uscc: "123", realName: "", gender: "", phone: "1", agreement: undefined,
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.fieldErrors ?? {}).sort()).toEqual(
      ["acceptOthers", "agreement", "amount", "dueDate", "enterpriseName", "gender", "institutionId", "loanMethod", "loanRate",
        "phone", "realName", "region", "termMonths", "uscc"].sort(),
    );
    const notLender = await renew(w.enterprise, renewalForm(w.enterpriseUscc, w.guarantee.id));
    expect(notLender.ok === false && notLender.fieldErrors?.institutionId).toBeTruthy();
  });

  it("is an enterprise service", async () => {
    const r = await renew(w.personal, renewalForm(w.enterpriseUscc, w.bankA.id));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("企业用户") });
  });

  it("with 是否接受其他金融机构 = 是, waits open: the named institution and other banks see it, non-banks do not", async () => {
    const id = await renewal({ acceptOthers: "yes" });
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ institutionId: null, originalInstitutionId: w.bankA.id, acceptOtherInstitutions: true });
    expect((await listOrgApplications(w.staffA, { page: 1, kind: "RENEWAL" })).items.map((r) => r.id)).toContain(id);
    const seenByB = (await listOrgApplications(w.staffB, { page: 1, kind: "RENEWAL" })).items.find((r) => r.id === id);
    expect(seenByB?.isOpenRenewal).toBe(true);
    expect(await getOrgApplication(w.staffGuarantee, id)).toBeNull();
    // a bank other than the named one may only take it (受理), not refuse it for everybody
    const refuse = await decide(w.staffB, id, "REJECT", { comment: "不做" });
    expect(refuse.ok).toBe(false);
  });

  it("the first bank to accept takes it; the others lose sight of it", async () => {
    const id = await renewal({ acceptOthers: "yes" });
    expect((await decide(w.staffB, id, "ACCEPT")).ok).toBe(true);
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: "ACCEPTED", institutionId: w.bankB.id });
    const late = await decide(w.staffA, id, "ACCEPT");
    expect(late).toMatchObject({ ok: false, message: "申请不存在或无权查看" });
    expect(await getOrgApplication(w.staffA, id)).toBeNull();
    const mine = await getMyApplication(w.enterprise, id);
    expect(mine?.row.institutionName).toBe(w.bankB.name);
  });

  it("two banks accepting at once: exactly one wins", async () => {
    const staffC = actorOf(await makeUser("STAFF", { institutionId: (await db.institution.create({ data: { name: `并发银行${Date.now()}`, type: "BANK" } })).id }));
    for (let round = 0; round < 3; round++) {
      const id = await renewal({ acceptOthers: "yes" });
      const results = await Promise.all([decide(w.staffA, id, "ACCEPT"), decide(w.staffB, id, "ACCEPT"), decide(staffC, id, "ACCEPT")]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const app = await db.loanApplication.findUniqueOrThrow({ where: { id }, include: { history: true } });
      expect(app.status).toBe("ACCEPTED");
      expect([w.bankA.id, w.bankB.id, staffC.institutionId]).toContain(app.institutionId);
      expect(app.history.filter((h) => h.toStatus === "ACCEPTED")).toHaveLength(1);
    }
  });

  it("the named institution may return an open renewal, which then stays with it", async () => {
    const id = await renewal({ acceptOthers: "yes" });
    expect((await decide(w.staffA, id, "RETURN", { comment: "请补充原借款合同" })).ok).toBe(true);
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id } });
    expect(app).toMatchObject({ status: "RETURNED", institutionId: w.bankA.id });
    expect(await getOrgApplication(w.staffB, id)).toBeNull();
  });
});

describe("转贷", () => {
  it("goes to the institution designated for 转贷, with the loan's institution recorded", async () => {
    const r = await applyBridge(w.enterprise, bridgeForm(w.enterpriseUscc, w.bankB.id));
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(app).toMatchObject({ kind: "BRIDGE", institutionId: w.bridge.id, originalInstitutionId: w.bankB.id, bridgeDays: 10 });
    expect(app.bridgeAmount?.toString()).toBe("300");
    expect((await listOrgApplications(w.staffBridge, { page: 1, kind: "BRIDGE" })).items.map((i) => i.id)).toContain(app.id);
    expect(await getOrgApplication(w.staffB, app.id)).toBeNull();
    expect((await decide(w.staffBridge, app.id, "ACCEPT")).ok).toBe(true);
  });

  it("refuses a bridge amount above the maturing loan and days out of range", async () => {
    const r = await applyBridge(w.enterprise, bridgeForm(w.enterpriseUscc, w.bankB.id, { bridgeAmount: "600", bridgeDays: "200" }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fieldErrors?.bridgeAmount).toContain("不能超过");
    expect(r.fieldErrors?.bridgeDays).toContain("1至90天");
  });
});

describe("the console's list", () => {
  it("merges the bank's own and the open 续贷 newest first, page by page, with the right total", async () => {
    const bankC = await makeInstitution("BANK");
    const staffC = actorOf(await makeUser("STAFF", { institutionId: bankC.id }));
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) {
      const own = i % 2 === 0;
      const r = await renew(
        w.enterprise,
        renewalForm(w.enterpriseUscc, own ? bankC.id : w.bankA.id, { acceptOthers: own ? "no" : "yes" }),
      );
      if (!r.ok) throw new Error(JSON.stringify(r));
      ids.push(r.data.id);
    }
    // Interleave the submission times of the two parts (and one tie, decided by id).
    for (const [i, id] of ids.entries()) {
      await db.loanApplication.update({ where: { id }, data: { submittedAt: new Date(Date.UTC(2031, 0, 1, 0, i === 12 ? 11 : i)) } });
    }
    const expected = await db.loanApplication.findMany({
      where: await staffApplicationScope(staffC),
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(expected.length).toBeGreaterThanOrEqual(13);
    const first = await listOrgApplications(staffC, { page: 1 });
    const second = await listOrgApplications(staffC, { page: 2 });
    expect(first.total).toBe(expected.length);
    expect([...first.items, ...second.items].map((r) => r.id)).toEqual(expected.slice(0, 20).map((r) => r.id));
    expect(first.items.some((r) => r.isOpenRenewal) && first.items.some((r) => !r.isOpenRenewal)).toBe(true);
    const ownOnly = await listOrgApplications(staffC, { page: 1, status: "SUBMITTED", kind: "RENEWAL" });
    expect(ownOnly.total).toBe(expected.length);
  });
});

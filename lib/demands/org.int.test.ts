import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getInstitutionFigures } from "@/lib/catalogue/queries-institutions";
import { createdDemandId, decline, demandForm, makeDemandWorld, matched, messagesOf, publish, staffOf, statusOf, take, type DemandWorld } from "@/tests/helpers/demand-fixtures";
import { actorOf, makeEnterprise, makeInstitution } from "@/tests/helpers/application-fixtures";
import { getMyDemand, getOrgDemand, listMyDemands, listOrgDemands } from "./queries";
import { TAKEN_BY_OTHER } from "./org";
import { staffDemandScope } from "./scope";

let w: DemandWorld;
beforeAll(async () => {
  w = await makeDemandWorld();
});

const anyDemand = async () => createdDemandId(await publish(w.enterprise, demandForm()));

describe("who sees a demand", () => {
  it("another user gets not found; the owner sees it in 我的需求", async () => {
    const id = await anyDemand();
    expect(await getMyDemand(w.otherPersonal, id)).toBeNull();
    expect((await listMyDemands(w.otherPersonal, { page: 1 })).items.map((d) => d.id)).not.toContain(id);
    expect((await getMyDemand(w.enterprise, id))?.number).toMatch(/^XQ/);
    expect((await listMyDemands(w.enterprise, { page: 1 })).items.map((d) => d.id)).toContain(id);
  });

  it("an institution not addressed gets not found; an addressed one sees masked contact data until it takes the demand up", async () => {
    const id = createdDemandId(await publish(w.enterprise, demandForm({ institutions: [w.bankA.id], phone: "13912345678", realName: "李四" })));
    expect(await getOrgDemand(w.staffB, id)).toBeNull();
    expect((await listOrgDemands(w.staffB, { page: 1 })).items.map((d) => d.id)).not.toContain(id);
    expect(await take(w.staffB, id)).toMatchObject({ ok: false, message: "需求不存在或无权查看" });

    const before = await getOrgDemand(w.staffA, id);
    expect(before).toMatchObject({ phone: "139****5678", realName: "李*", contactVisible: false });
    expect((await listOrgDemands(w.staffA, { page: 1 })).items.map((d) => d.id)).toContain(id);
    expect(await take(w.staffA, id)).toMatchObject({ ok: true, redirectedTo: `/org/demands/${id}?done=taken` });
    expect(await getOrgDemand(w.staffA, id)).toMatchObject({ phone: "13912345678", realName: "李四", contactVisible: true });
  });

  it("a 不限 demand reaches every bank, but not a guarantee company; the personal account's staff role is refused", async () => {
    const id = await anyDemand();
    expect(await getOrgDemand(w.staffA, id)).not.toBeNull();
    expect(await getOrgDemand(w.staffB, id)).not.toBeNull();
    expect(await getOrgDemand(w.staffGuarantee, id)).toBeNull();
    expect(await take(w.personal, id)).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
  });

  it("filters the console list by status, 首贷 and district", async () => {
    const qinan = createdDemandId(await publish(w.enterprise, demandForm({ region: "QINAN" })));
    const ids = async (f: Parameters<typeof listOrgDemands>[1]) => (await listOrgDemands(w.staffB, f)).items.map((d) => d.id);
    // (the seed's 不限 demands are visible to every bank too: only this demand's presence is asserted)
    expect(await ids({ page: 1, region: "QINAN" })).toContain(qinan);
    expect(await ids({ page: 1, region: "QINAN", status: "OPEN", firstLoan: false })).toContain(qinan);
    expect(await ids({ page: 1, region: "MAIJI" })).not.toContain(qinan);
    expect(await ids({ page: 1, region: "QINAN", status: "MATCHED" })).not.toContain(qinan);
    expect(await ids({ page: 1, region: "QINAN", firstLoan: true })).not.toContain(qinan);
  });
});

describe("the console list at scale", () => {
  it("reads the scope as disjoint parts whose merged pages are the single query's pages, in order", async () => {
    // An enterprise of its own: the others' 融资需求 stay within the daily limit.
    const owner = actorOf((await makeEnterprise(true)).user);
    const addressed = createdDemandId(await publish(owner, demandForm({ institutions: [w.bankA.id] })));
    const elsewhere = createdDemandId(await publish(owner, demandForm({ institutions: [w.bankB.id] })));
    const taken = createdDemandId(await publish(owner, demandForm()));
    const declined = createdDemandId(await publish(owner, demandForm()));
    createdDemandId(await publish(owner, demandForm()));
    await take(w.staffA, taken);
    await take(w.staffA, declined);
    await decline(w.staffA, declined);
    for (let i = 0; i < 12; i += 1) createdDemandId(await publish(owner, demandForm()));

    const scope = await staffDemandScope(w.staffA);
    const expected = (
      await db.financingDemand.findMany({ where: { OR: [scope.taken, scope.open] }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } })
    ).map((d) => d.id);
    const first = await listOrgDemands(w.staffA, { page: 1 });
    expect(first.total).toBe(expected.length);
    const listed: string[] = [];
    for (let page = 1; page <= first.pageCount; page += 1) listed.push(...(await listOrgDemands(w.staffA, { page })).items.map((d) => d.id));
    expect(listed).toEqual(expected);
    expect(listed).toEqual(expect.arrayContaining([addressed, taken]));
    expect(listed).not.toContain(elsewhere);
    expect(listed).not.toContain(declined);

    // Past the count cap the list says so, keeps the newest rows in order and pages no further.
    const cap = 12;
    const capped = await listOrgDemands(w.staffA, { page: 1 }, cap);
    expect(capped).toMatchObject({ capped: true, total: cap, pageCount: 2 });
    expect(capped.items.map((d) => d.id)).toEqual(expected.slice(0, 10));
    const beyond = await listOrgDemands(w.staffA, { page: 7 }, cap);
    expect(beyond.page).toBe(2);
    expect(beyond.items.map((d) => d.id)).toEqual(expected.slice(10, 20));
    expect(first.capped).toBe(false);
  });
});

describe("接单", () => {
  it("two banks taking the same 不限 demand at the same moment leave exactly one winner; the other is told", async () => {
    for (let round = 0; round < 5; round += 1) {
      const id = await anyDemand();
      const results = await Promise.all([take(w.staffA, id), take(w.staffB, id)]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      const loser = results.find((r) => !r.ok)!;
      expect([TAKEN_BY_OTHER, "该需求当前状态为「对接中」，不能接单"]).toContain(loser.message);
      const demand = await db.financingDemand.findUniqueOrThrow({ where: { id }, include: { history: true } });
      expect(demand.status).toBe("IN_PROGRESS");
      expect([w.bankA.id, w.bankB.id]).toContain(demand.takenByInstitutionId);
      expect(demand.history.filter((h) => h.toStatus === "IN_PROGRESS")).toHaveLength(1);
      // the loser no longer sees it at all
      const loserStaff = demand.takenByInstitutionId === w.bankA.id ? w.staffB : w.staffA;
      expect(await getOrgDemand(loserStaff, id)).toBeNull();
    }
  });
});

describe("对接成功 and 无法满足", () => {
  it("对接成功 with the amount counts in the institution's 对接成功笔数 and reaches the owner", async () => {
    const bank = await makeInstitution("BANK");
    const staff = await staffOf(bank);
    const id = await anyDemand();
    expect(await matched(staff, id)).toMatchObject({ ok: false, message: expect.stringContaining("不能报告对接成功") });
    await take(staff, id);
    expect(await matched(staff, id, "150")).toMatchObject({ ok: false, fieldErrors: { amount: "授信/放款金额不能超过融资金额100万" } });
    expect(await matched(w.staffA, id)).toMatchObject({ ok: false, message: "需求不存在或无权查看" });
    expect(await matched(staff, id, "80")).toMatchObject({ ok: true });
    const demand = await db.financingDemand.findUniqueOrThrow({ where: { id } });
    expect(demand).toMatchObject({ status: "MATCHED", takenByInstitutionId: bank.id });
    expect(demand.matchedAmount?.toString()).toBe("80");
    expect((await getInstitutionFigures())[bank.id]?.matchCount).toBe(1);
    const last = (await messagesOf(w.enterprise.id)).at(-1);
    expect(last).toMatchObject({ title: "需求：对接成功", link: `/me/demands/${id}` });
    expect(last?.body).toContain("80万元");
  });

  it("无法满足 returns a 不限 demand to 待对接 for the other banks only", async () => {
    const id = await anyDemand();
    await take(w.staffA, id);
    expect(await decline(w.staffA, id, "短")).toMatchObject({ ok: false, fieldErrors: { comment: "请填写无法满足的原因（至少2个字）" } });
    expect(await decline(w.staffA, id)).toMatchObject({ ok: true, redirectedTo: "/org/demands?done=declined" });
    expect(await statusOf(id)).toBe("OPEN");
    expect(await getOrgDemand(w.staffA, id)).toBeNull();
    expect(await getOrgDemand(w.staffB, id)).not.toBeNull();
    expect((await messagesOf(w.enterprise.id)).at(-1)?.body).toContain("客户经营年限不足");
  });

  it("无法满足 closes a demand addressed only to that institution", async () => {
    const id = createdDemandId(await publish(w.enterprise, demandForm({ institutions: [w.bankA.id] })));
    await take(w.staffA, id);
    await decline(w.staffA, id);
    expect(await statusOf(id)).toBe("CLOSED");
    const history = await db.demandStatusChange.findMany({ where: { demandId: id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([[null, "OPEN"], ["OPEN", "IN_PROGRESS"], ["IN_PROGRESS", "CLOSED"]]);
  });
});

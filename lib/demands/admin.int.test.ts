import { beforeAll, describe, expect, it } from "vitest";
import { NotFoundError } from "@/lib/domain/errors";
import { callAction } from "@/tests/helpers/actions";
import { createdDemandId, demandForm, makeDemandWorld, matched, publish, take, type DemandWorld } from "@/tests/helpers/demand-fixtures";
import { remindOverdueDemands } from "./actions";
import { getDemandForAdmin, listDemandsForAdmin } from "./queries-admin";

let w: DemandWorld;
beforeAll(async () => {
  w = await makeDemandWorld();
});

describe("需求总览", () => {
  it("is the admin's only: others get not found", async () => {
    const id = createdDemandId(await publish(w.enterprise, demandForm()));
    expect(await getDemandForAdmin(w.staffA, id)).toBeNull();
    expect(await getDemandForAdmin(w.enterprise, id)).toBeNull();
    await expect(listDemandsForAdmin(w.staffA, { page: 1 }, new Date())).rejects.toBeInstanceOf(NotFoundError);
    expect(await callAction(w.staffA, remindOverdueDemands, [], {})).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
  });

  it("filters by status, institution, district and 首贷, with counts, and opens a demand with its history", async () => {
    // (The database holds the seed's demands too: every query is narrowed by this test's own banks.)
    const open = createdDemandId(await publish(w.enterprise, demandForm({ region: "WUSHAN", institutions: [w.bankB.id] })));
    const first = createdDemandId(await publish(w.enterprise, demandForm({ region: "QINAN", institutions: [w.bankB.id], firstLoanDeclared: "on" }), "first-loan"));
    const done = createdDemandId(await publish(w.enterprise, demandForm({ region: "WUSHAN", institutions: [w.bankA.id] })));
    await take(w.staffA, done);
    await matched(w.staffA, done, "60");
    const now = new Date();
    const ids = async (f: Omit<Parameters<typeof listDemandsForAdmin>[1], "page">, at = now) => (await listDemandsForAdmin(w.admin, { ...f, page: 1 }, at)).items.map((d) => d.id).sort();

    expect(await ids({ institutionId: w.bankB.id })).toEqual([open, first].sort());
    expect(await ids({ institutionId: w.bankB.id, region: "WUSHAN" })).toEqual([open]);
    expect(await ids({ institutionId: w.bankB.id, firstLoan: true })).toEqual([first]);
    expect(await ids({ institutionId: w.bankB.id, status: "MATCHED" })).toEqual([]);
    expect(await ids({ institutionId: w.bankA.id, status: "MATCHED" })).toEqual([done]);
    expect(await ids({ institutionId: w.bankB.id, overdue: true })).toEqual([]);
    const { counts } = await listDemandsForAdmin(w.admin, { institutionId: w.bankB.id, page: 1 }, now);
    expect(counts).toMatchObject({ total: 2, byStatus: { OPEN: 2, IN_PROGRESS: 0, MATCHED: 0, CLOSED: 0 }, firstLoan: 1, overdue: 0 });
    // a week later the open ones are 超时; the matched one never is
    const later = new Date(now.getTime() + 7 * 86_400_000);
    expect(await ids({ institutionId: w.bankB.id, overdue: true }, later)).toEqual([open, first].sort());
    expect(await ids({ institutionId: w.bankA.id, overdue: true }, later)).toEqual([]);

    const detail = await getDemandForAdmin(w.admin, done);
    expect(detail?.history.map((h) => h.toStatus)).toEqual(["OPEN", "IN_PROGRESS", "MATCHED"]);
    expect(detail?.historyInstitutions[w.bankA.id]).toBe(w.bankA.name);
  });
});

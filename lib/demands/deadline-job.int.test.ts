import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withActionContext } from "@/lib/actions/context";
import { publishDemand } from "@/lib/demands/actions";
import { TEST_META } from "@/tests/helpers/actions";
import { createdDemandId, demandForm, makeDemandWorld, readdress, take, type DemandWorld } from "@/tests/helpers/demand-fixtures";
import { markOverdueDemands } from "./deadline-job";
import { listDemandsForAdmin } from "./queries-admin";

let w: DemandWorld;
beforeAll(async () => {
  w = await makeDemandWorld();
});

const at = (local: string) => new Date(`${local}+08:00`);

// A demand published at a given moment: the action runs with that time.
async function publishAt(now: Date, form = demandForm()) {
  let result: Awaited<ReturnType<typeof publishDemand>> | undefined;
  await withActionContext({ actor: w.enterprise, meta: TEST_META, now, onRedirect: () => {} }, async () => {
    result = await publishDemand("normal", null, form as never);
  });
  return createdDemandId(result!);
}

describe("the 接单 deadline", () => {
  it("marks a demand 超时 after 3 working days (weekend skipped), reminds the addressed institution's staff once", async () => {
    const id = await publishAt(at("2026-12-04T10:00:00"), demandForm({ institutions: [w.bankA.id] })); // a Friday
    const demand = await db.financingDemand.findUniqueOrThrow({ where: { id } });
    expect(demand.responseDueAt).toEqual(at("2026-12-10T00:00:00"));

    await markOverdueDemands(at("2026-12-09T23:59:00"));
    expect((await db.financingDemand.findUniqueOrThrow({ where: { id } })).overdueAt).toBeNull();

    const first = await markOverdueDemands(at("2026-12-10T09:00:00"));
    expect(first.marked).toBeGreaterThanOrEqual(1);
    expect((await db.financingDemand.findUniqueOrThrow({ where: { id } })).overdueAt).toEqual(at("2026-12-10T09:00:00"));
    // (the seed's overdue 不限 demands remind every bank too: count this demand's reminders only)
    const reminderOf = (userId: string) => ({ userId, title: "融资需求接单超时提醒", link: `/org/demands/${id}` });
    const reminders = await db.message.findMany({ where: reminderOf(w.staffA.id) });
    expect(reminders).toHaveLength(1);
    expect(reminders[0].body).toContain(demand.number);
    expect(await db.message.count({ where: reminderOf(w.staffB.id) })).toBe(0);

    await markOverdueDemands(at("2026-12-11T09:00:00"));
    expect(await db.message.count({ where: reminderOf(w.staffA.id) })).toBe(1);

    // the admin lists it as overdue and re-addresses it to another bank, with a new deadline
    const listed = await listDemandsForAdmin(w.admin, { overdue: true, page: 1 }, at("2026-12-11T09:00:00"));
    expect(listed.items.map((d) => d.id)).toContain(id);
    expect(listed.counts.overdue).toBeGreaterThanOrEqual(1);
    expect(await readdress(w.staffA, id, [w.bankB.id])).toMatchObject({ ok: false });
    expect(await readdress(w.admin, id, [w.bankB.id])).toMatchObject({ ok: true });
    const moved = await db.financingDemand.findUniqueOrThrow({ where: { id }, include: { expectedInstitutions: true } });
    expect(moved.expectedInstitutions.map((e) => e.institutionId)).toEqual([w.bankB.id]);
    expect(moved.overdueAt).toBeNull();
    expect(moved.responseDueAt!.getTime()).toBeGreaterThan(Date.now());
    expect(await db.message.count({ where: { userId: w.staffB.id, title: "新的融资需求待接单", link: `/org/demands/${id}` } })).toBe(1);
  });

  it("leaves alone a demand taken up in time", async () => {
    const id = await publishAt(at("2026-11-30T10:00:00"));
    await take(w.staffA, id);
    await markOverdueDemands(at("2026-12-20T10:00:00"));
    expect((await db.financingDemand.findUniqueOrThrow({ where: { id } })).overdueAt).toBeNull();
  });
});

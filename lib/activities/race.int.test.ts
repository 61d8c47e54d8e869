import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { attendeesBooked, makeActivity, makeApplicants, placesTaken, register, registrationForm, withdraw } from "@/tests/helpers/activity-fixtures";
import { createdId } from "@/tests/helpers/application-fixtures";
import { REFUSALS } from "./status";

// Registrations arriving at the same moment: the database decides, in the statement that books
// the places, so 限制人数 is never exceeded however many arrive (on PGlite and on PostgreSQL).

describe("concurrent registrations", () => {
  it("100 registrations at once for 20 places leave exactly 20 places taken", async () => {
    const activity = await makeActivity({ capacity: 20 });
    const users = await makeApplicants(100);
    const results = await Promise.all(users.map((u) => register(u, activity.id)));
    expect(results.filter((r) => r.ok)).toHaveLength(20);
    const refused = results.filter((r) => !r.ok);
    expect(refused).toHaveLength(80);
    expect(new Set(refused.map((r) => r.message))).toEqual(new Set([REFUSALS.FULL]));
    expect(await placesTaken(activity.id)).toBe(20);
    expect(await db.activityRegistration.count({ where: { activityId: activity.id, status: "REGISTERED" } })).toBe(20);
    expect(await attendeesBooked(activity.id)).toBe(20);
  });

  it("parties of different sizes, with cancellations in between, never book more than 限制人数", async () => {
    const activity = await makeActivity({ capacity: 20 });
    const users = await makeApplicants(30);
    const early = createdId(await register(users[0], activity.id, registrationForm({ attendees: "5" })));
    const results = await Promise.all([
      ...users.slice(1).map((u, i) => register(u, activity.id, registrationForm({ attendees: String((i % 5) + 1) }))),
      withdraw(users[0], early),
    ]);
    expect(results.at(-1)).toMatchObject({ ok: true });
    const taken = await placesTaken(activity.id);
    expect(taken).toBeLessThanOrEqual(20);
    expect(taken).toBe(await attendeesBooked(activity.id));
    // whoever was refused was told why: full, or not enough places left for the party
    for (const r of results.filter((r) => !r.ok)) {
      expect(r.message === REFUSALS.FULL || (!r.ok && r.fieldErrors.attendees?.startsWith("剩余名额不足"))).toBe(true);
    }
  });
});

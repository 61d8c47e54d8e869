import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/domain/errors";
import { countUnreadMessages, listMyMessages } from "@/lib/messages/queries";
import { TEST_META } from "@/tests/helpers/actions";
import { createdId, makeWorld, type World } from "@/tests/helpers/application-fixtures";
import { attendeesBooked, fromNow, makeActivity, placesTaken, register, registrationForm, withdraw } from "@/tests/helpers/activity-fixtures";
import { getMyRegistrationFor, listMyRegistrations, registrationDefaults } from "./queries";
import { cancelMyRegistration, registerForActivity } from "./register";
import { REFUSALS } from "./status";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

describe("我要报名", () => {
  it("books the places, stores the form, sends a message and audits, then sends the user to 我的活动", async () => {
    const activity = await makeActivity();
    const before = await countUnreadMessages(w.personal);
    const result = await register(w.personal, activity.id, registrationForm({ attendees: "3", remark: "需要两个停车位" }));
    expect(result).toMatchObject({ ok: true, redirectedTo: "/me/activities?done=registered" });
    const registration = await db.activityRegistration.findUniqueOrThrow({ where: { id: createdId(result) } });
    expect(registration).toMatchObject({ userId: w.personal.id, attendees: 3, remark: "需要两个停车位", status: "REGISTERED", organization: "天水示范科技有限公司" });
    expect(await placesTaken(activity.id)).toBe(3);
    expect(await countUnreadMessages(w.personal)).toBe(before + 1);
    const [message] = (await listMyMessages(w.personal, 1)).items;
    expect(message).toMatchObject({ title: `活动报名成功：${activity.title}`, link: "/me/activities" });
    expect(message.body).toContain("参加人数3人");
    const entry = await db.auditLog.findFirstOrThrow({ where: { action: "activity.register", targetId: registration.id } });
    expect(entry).toMatchObject({ actorId: w.personal.id, ip: TEST_META.ip });
  });

  it("refuses after 报名截止时间, leaving the places alone", async () => {
    const activity = await makeActivity({ registrationDeadline: fromNow(-1 / 24) });
    expect(await register(w.personal, activity.id)).toMatchObject({ ok: false, message: REFUSALS.CLOSED });
    expect(await placesTaken(activity.id)).toBe(0);
    expect(await db.activityRegistration.count({ where: { activityId: activity.id } })).toBe(0);
  });

  it("refuses when full (已满), and says how many places are left when the party is too large", async () => {
    const full = await makeActivity({ capacity: 2, registeredCount: 2 });
    expect(await register(w.personal, full.id)).toMatchObject({ ok: false, message: REFUSALS.FULL });
    const almost = await makeActivity({ capacity: 5, registeredCount: 3 });
    const tooMany = await register(w.personal, almost.id, registrationForm({ attendees: "3" }));
    expect(tooMany).toMatchObject({ ok: false, fieldErrors: { attendees: REFUSALS.notEnough(2) } });
    // the form keeps what was typed
    expect(tooMany.ok === false && tooMany.values).toMatchObject({ attendees: "3", name: "王小明", organization: "天水示范科技有限公司" });
    expect(await placesTaken(almost.id)).toBe(3);
    expect((await register(w.personal, almost.id, registrationForm({ attendees: "2" }))).ok).toBe(true);
    expect(await placesTaken(almost.id)).toBe(5);
  });

  it("says 您已报名 to a second attempt, also when two arrive at once", async () => {
    const activity = await makeActivity();
    expect((await register(w.enterprise, activity.id)).ok).toBe(true);
    expect(await register(w.enterprise, activity.id, registrationForm({ attendees: "2" }))).toMatchObject({ ok: false, message: REFUSALS.ALREADY });

    const other = await makeActivity();
    const results = await Promise.all([1, 2, 3].map(() => register(w.otherPersonal, other.id, registrationForm({ attendees: "2" }))));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => r.message)).toEqual([REFUSALS.ALREADY, REFUSALS.ALREADY]);
    expect(await placesTaken(other.id)).toBe(2);
    expect(await db.activityRegistration.count({ where: { activityId: other.id } })).toBe(1);
  });

  it("refuses a cancelled activity (活动已取消) and answers not found for an unpublished one", async () => {
    const cancelled = await makeActivity({ cancelledAt: new Date(), cancelReason: "场地调整" });
    expect(await register(w.personal, cancelled.id)).toMatchObject({ ok: false, message: REFUSALS.CANCELLED });
    for (const status of ["DRAFT", "ARCHIVED"] as const) {
      const hidden = await makeActivity({ status });
      expect(await register(w.personal, hidden.id)).toMatchObject({ ok: false, message: "活动不存在或无权查看" });
    }
    expect(await register(w.personal, "no-such-activity")).toMatchObject({ ok: false, message: "活动不存在或无权查看" });
  });

  it("tells staff and administrators before any field that they cannot register", async () => {
    const activity = await makeActivity();
    for (const actor of [w.staffA, w.admin]) {
      expect(await register(actor, activity.id, {})).toMatchObject({ ok: false, message: REFUSALS.ACCOUNT, fieldErrors: {} });
      await expect(registerForActivity(actor, activity.id, { ...registrationForm(), attendees: 1, remark: null })).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await register(null, activity.id)).toMatchObject({ ok: false, message: "登录已过期，请重新登录后再提交" });
    expect(await placesTaken(activity.id)).toBe(0);
  });

  it("checks the fields on the server too", async () => {
    const activity = await makeActivity();
    const result = await register(w.personal, activity.id, registrationForm({ attendees: "6", phone: "123" }));
    expect(result).toMatchObject({ ok: false, message: "请修改标红的填写项", fieldErrors: { attendees: "参加人数须为1至5人", phone: "请输入正确的11位手机号" } });
  });
});

describe("取消报名", () => {
  it("frees the places before the deadline, and registering again reuses the row", async () => {
    const activity = await makeActivity({ capacity: 4 });
    const id = createdId(await register(w.personal, activity.id, registrationForm({ attendees: "4" })));
    expect(await register(w.otherPersonal, activity.id)).toMatchObject({ ok: false, message: REFUSALS.FULL });

    expect(await withdraw(w.personal, id)).toMatchObject({ ok: true, redirectedTo: "/me/activities?done=cancelled" });
    expect(await placesTaken(activity.id)).toBe(0);
    expect(await db.activityRegistration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelledByOrganizer: false });
    expect(await withdraw(w.personal, id)).toMatchObject({ ok: false, message: "该报名已取消" });
    expect(await db.auditLog.count({ where: { action: "activity.registration.cancel", targetId: id } })).toBe(1);

    // the freed places are there for others, and for the user again
    expect((await register(w.otherPersonal, activity.id, registrationForm({ attendees: "2" }))).ok).toBe(true);
    const again = await register(w.personal, activity.id, registrationForm({ attendees: "2", remark: "改为两人参加" }));
    expect(createdId(again)).toBe(id);
    expect(await db.activityRegistration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "REGISTERED", attendees: 2, cancelledAt: null });
    expect(await placesTaken(activity.id)).toBe(4);
    expect(await attendeesBooked(activity.id)).toBe(4);
  });

  it("is refused once the deadline has passed", async () => {
    const activity = await makeActivity({ registrationDeadline: fromNow(1) });
    const id = createdId(await register(w.personal, activity.id, registrationForm({ attendees: "2" })));
    await expect(cancelMyRegistration(w.personal, id, TEST_META, fromNow(2))).rejects.toThrow(REFUSALS.CANCEL_CLOSED);
    expect(await placesTaken(activity.id)).toBe(2);
    expect((await db.activityRegistration.findUniqueOrThrow({ where: { id } })).status).toBe("REGISTERED");
  });
});

describe("another user's registration", () => {
  it("is never visible, and cancelling it answers not found", async () => {
    const activity = await makeActivity();
    const id = createdId(await register(w.personal, activity.id, registrationForm({ phone: "13900001111" })));
    expect(await withdraw(w.otherPersonal, id)).toMatchObject({ ok: false, message: "报名记录不存在或无权查看" });
    expect(await withdraw(w.admin, id)).toMatchObject({ ok: false, message: "报名记录不存在或无权查看" });
    expect((await db.activityRegistration.findUniqueOrThrow({ where: { id } })).status).toBe("REGISTERED");
    expect(await getMyRegistrationFor(w.otherPersonal, activity.id)).toBeNull();
    expect((await listMyRegistrations(w.otherPersonal, { page: 1 })).items.map((r) => r.id)).not.toContain(id);
    // nor does the other user's form start from it
    expect((await registrationDefaults(w.otherPersonal, activity.id)).phone).not.toBe("13900001111");
  });
});

describe("我的活动", () => {
  it("lists the user's registrations newest first with the activity, filtered by status and paged", async () => {
    const user = w.uncertified;
    const activities = await Promise.all(Array.from({ length: 12 }, () => makeActivity()));
    const ids: string[] = [];
    for (const a of activities) ids.push(createdId(await register(user, a.id)));
    await withdraw(user, ids[0]);
    const first = await listMyRegistrations(user, { page: 1 });
    expect(first).toMatchObject({ total: 12, pageCount: 2 });
    expect(first.items[0]).toMatchObject({ id: ids[11], activity: { id: activities[11].id, title: activities[11].title, address: activities[11].address } });
    expect((await listMyRegistrations(user, { status: "CANCELLED", page: 1 })).items.map((r) => r.id)).toEqual([ids[0]]);
    expect((await listMyRegistrations(user, { status: "REGISTERED", page: 1 })).total).toBe(11);
  });

  it("prefills the form from the account: the enterprise's name as 单位名称", async () => {
    const activity = await makeActivity();
    const enterprise = await db.enterpriseProfile.findUniqueOrThrow({ where: { userId: w.enterprise.id } });
    const user = await db.user.findUniqueOrThrow({ where: { id: w.enterprise.id } });
    expect(await registrationDefaults(w.enterprise, activity.id)).toMatchObject({ name: user.name, phone: user.phone, organization: enterprise.name, attendees: "1" });
    expect((await registrationDefaults(w.personal, activity.id)).organization).toBe("");
  });
});

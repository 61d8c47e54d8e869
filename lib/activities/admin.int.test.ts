import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMyMessages } from "@/lib/messages/queries";
import { createdId, makeWorld, type World } from "@/tests/helpers/application-fixtures";
import { activityForm, admin, makeActivity, placesTaken, register, registrationForm } from "@/tests/helpers/activity-fixtures";
import { getPublicActivity, listPublicActivities } from "./queries-public";
import { getAdminActivity, listAdminActivities, listRegistrants } from "./queries-admin";
import { REFUSALS } from "./status";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const NOT_FOUND = "记录不存在或无权查看";

describe("管理后台 actions are for administrators only", () => {
  it("refuses every admin action to applicants and staff, changing nothing", async () => {
    const activity = await makeActivity();
    const registrationId = createdId(await register(w.personal, activity.id));
    for (const actor of [w.personal, w.enterprise, w.staffA]) {
      expect(await admin.create(actor)).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await admin.edit(actor, activity.id, activityForm())).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await admin.unpublish(actor, activity.id)).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await admin.cancel(actor, activity.id)).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await admin.cancelRegistration(actor, registrationId)).toMatchObject({ ok: false, message: NOT_FOUND });
    }
    const after = await db.activity.findUniqueOrThrow({ where: { id: activity.id } });
    expect(after).toMatchObject({ title: activity.title, status: "PUBLISHED", cancelledAt: null, registeredCount: 1 });
    expect((await db.activityRegistration.findUniqueOrThrow({ where: { id: registrationId } })).status).toBe("REGISTERED");
    // and the admin reads give them nothing
    expect(await getAdminActivity(w.personal, activity.id)).toBeNull();
    expect((await listRegistrants(w.staffA, activity.id, { page: 1 })).total).toBe(0);
    expect((await listAdminActivities(w.enterprise, { page: 1 })).total).toBe(0);
  });
});

describe("creating, editing and publishing", () => {
  it("creates a draft that is not public until published, then unpublishes it", async () => {
    const form = activityForm();
    const created = await admin.create(w.admin, form);
    const id = createdId(created);
    expect(created.redirectedTo).toBe(`/admin/activities/${id}?done=created`);
    expect(await db.activity.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: form.title, status: "DRAFT", capacity: 50, publishedAt: null });
    expect(await getPublicActivity(id)).toBeNull();
    expect(await register(w.personal, id)).toMatchObject({ ok: false, message: "活动不存在或无权查看" });

    expect((await admin.publish(w.admin, id)).ok).toBe(true);
    const published = await getPublicActivity(id);
    expect(published).toMatchObject({ title: form.title, registeredCount: 0 });
    expect(published?.bodyHtml).toContain("<p>");
    expect((await listPublicActivities({ phase: "ongoing", page: 1 })).items.map((a) => a.id)).toContain(id);
    expect(await admin.publish(w.admin, id)).toMatchObject({ ok: false, message: "该活动已发布" });

    expect((await admin.unpublish(w.admin, id)).ok).toBe(true);
    expect(await getPublicActivity(id)).toBeNull();
    expect((await db.activity.findUniqueOrThrow({ where: { id } })).status).toBe("ARCHIVED");
    const actions = (await db.auditLog.findMany({ where: { targetId: id } })).map((a) => a.action).sort();
    expect(actions).toEqual(["activity.create", "activity.publish", "activity.unpublish"]);
  });

  it("validates the times: deadline not after the start, end after the start", async () => {
    const result = await admin.create(w.admin, activityForm({ registrationDeadline: "2027-05-02T10:00", startAt: "2027-05-01T09:00", endAt: "2027-05-01T08:00" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { registrationDeadline: "报名截止时间不能晚于开始时间", endAt: "结束时间须晚于开始时间" },
    });
  });

  it("refuses 限制人数 below the places already taken, with the number", async () => {
    const activity = await makeActivity({ capacity: 10 });
    await register(w.personal, activity.id, registrationForm({ attendees: "4" }));
    await register(w.otherPersonal, activity.id, registrationForm({ attendees: "2" }));
    const tooFew = await admin.edit(w.admin, activity.id, activityForm({ capacity: "5" }));
    expect(tooFew).toMatchObject({ ok: false, fieldErrors: { capacity: "限制人数不能少于已报名人数（6人）" } });
    expect((await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).capacity).toBe(10);
    const exact = await admin.edit(w.admin, activity.id, activityForm({ capacity: "6", title: "改名后的活动" }));
    expect(exact).toMatchObject({ ok: true, redirectedTo: `/admin/activities/${activity.id}?done=updated` });
    expect(await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ capacity: 6, title: "改名后的活动" });
    expect(await register(w.enterprise, activity.id)).toMatchObject({ ok: false, message: REFUSALS.FULL });
  });

  it("tells the registrants when the time or place changes", async () => {
    const activity = await makeActivity();
    await register(w.uncertified, activity.id);
    await admin.edit(w.admin, activity.id, activityForm({ address: "天水市麦积区商埠路1号" }));
    const [message] = (await listMyMessages(w.uncertified, 1)).items;
    expect(message.title).toContain("活动信息变更");
    expect(message.body).toContain("天水市麦积区商埠路1号");
  });
});

describe("the organiser cancels", () => {
  it("an activity: every registrant is told, registrations become 已取消 by the organiser, places are freed", async () => {
    const activity = await makeActivity();
    const a = createdId(await register(w.personal, activity.id, registrationForm({ attendees: "2" })));
    const b = createdId(await register(w.enterprise, activity.id));
    const result = await admin.cancel(w.admin, activity.id, "因天气原因，活动取消");
    expect(result).toMatchObject({ ok: true, data: { notified: 2 }, redirectedTo: `/admin/activities/${activity.id}?done=cancelled` });
    for (const [user, id] of [[w.personal, a], [w.enterprise, b]] as const) {
      expect(await db.activityRegistration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelledByOrganizer: true });
      const [message] = (await listMyMessages(user, 1)).items;
      expect(message).toMatchObject({ title: `活动已取消：${activity.title}`, link: "/me/activities" });
      expect(message.body).toContain("因天气原因，活动取消");
    }
    expect(await db.activity.findUniqueOrThrow({ where: { id: activity.id } })).toMatchObject({ registeredCount: 0, cancelReason: "因天气原因，活动取消" });
    expect(await register(w.otherPersonal, activity.id)).toMatchObject({ ok: false, message: REFUSALS.CANCELLED });
    expect(await admin.cancel(w.admin, activity.id)).toMatchObject({ ok: false, message: "该活动已取消" });
    expect(await admin.edit(w.admin, activity.id, activityForm())).toMatchObject({ ok: false, message: "该活动已取消，不能再修改" });
    expect(await db.auditLog.count({ where: { action: "activity.cancel", targetId: activity.id } })).toBe(1);
    // the public page still shows it, marked cancelled, and the 进行中 list no longer does
    expect((await getPublicActivity(activity.id))?.cancelReason).toBe("因天气原因，活动取消");
    expect((await listPublicActivities({ phase: "ongoing", page: 1 })).items.map((x) => x.id)).not.toContain(activity.id);
  });

  it("needs a reason, and refuses an activity that is over", async () => {
    const activity = await makeActivity();
    expect(await admin.cancel(w.admin, activity.id, "")).toMatchObject({ ok: false, fieldErrors: { reason: "请输入取消原因" } });
    const ended = await makeActivity({ startAt: new Date(Date.now() - 5 * 3600_000), endAt: new Date(Date.now() - 3600_000), registrationDeadline: new Date(Date.now() - 86_400_000) });
    expect(await admin.cancel(w.admin, ended.id)).toMatchObject({ ok: false, message: "活动已结束，不能取消" });
  });

  it("one registration: its places are freed and the user is told why", async () => {
    const activity = await makeActivity({ capacity: 3 });
    const id = createdId(await register(w.otherPersonal, activity.id, registrationForm({ attendees: "3" })));
    expect(await register(w.personal, activity.id)).toMatchObject({ ok: false, message: REFUSALS.FULL });
    const result = await admin.cancelRegistration(w.admin, id, "重复报名");
    expect(result).toMatchObject({ ok: true, redirectedTo: `/admin/activities/${activity.id}?done=registration-cancelled#registrants` });
    expect(await db.activityRegistration.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CANCELLED", cancelledByOrganizer: true });
    expect(await placesTaken(activity.id)).toBe(0);
    const [message] = (await listMyMessages(w.otherPersonal, 1)).items;
    expect(message.title).toBe(`报名已被取消：${activity.title}`);
    expect(message.body).toContain("原因：重复报名");
    expect(await admin.cancelRegistration(w.admin, id)).toMatchObject({ ok: false, message: "该报名已取消" });
    expect(await db.auditLog.count({ where: { action: "activity.registration.cancel_by_organizer", targetId: id } })).toBe(1);
  });
});

describe("the registrant list", () => {
  it("counts registrations, attendees and places left, and masks phones on screen", async () => {
    const activity = await makeActivity({ capacity: 10 });
    await register(w.personal, activity.id, registrationForm({ attendees: "3", phone: "13912345678" }));
    const cancelled = createdId(await register(w.enterprise, activity.id, registrationForm({ attendees: "2" })));
    await admin.cancelRegistration(w.admin, cancelled);
    await register(w.otherPersonal, activity.id, registrationForm({ attendees: "1" }));
    const detail = await getAdminActivity(w.admin, activity.id);
    expect(detail?.figures).toEqual({ registrations: 2, cancelled: 1, attendees: 4, placesLeft: 6 });
    const list = await listRegistrants(w.admin, activity.id, { page: 1 });
    expect(list.total).toBe(3);
    expect(list.items[0]).toMatchObject({ phone: "139****5678", attendees: 3, status: "REGISTERED" });
    expect((await listRegistrants(w.admin, activity.id, { status: "CANCELLED", page: 1 })).items.map((r) => r.id)).toEqual([cancelled]);
  });
});

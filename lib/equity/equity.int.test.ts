import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { actorOf, type Actor } from "@/lib/domain/actor";
import { consumeRateLimit } from "@/lib/services/rate-limit";
import { downloadResponse } from "@/lib/uploads/download";
import { createUser, freshUscc } from "@/tests/helpers/accounts";
import { callAction } from "@/tests/helpers/actions";
import { makeInstitution } from "@/tests/helpers/application-fixtures";
import { forgedExe, samplePdf, samplePng } from "@/tests/helpers/file-samples";
import { acceptMeeting, askForMeeting, completeMeeting, declineMeeting, resubmitMyProject, reviewEquityProject, submitProject } from "./actions";
import { ALREADY_OPEN } from "./meetings";
import { getMyProject, getOrgMeeting, listMyMeetings, listOrgMeetings } from "./queries";
import { getPublicProject } from "./queries-public";

process.env.UPLOAD_DIR ??= mkdtempSync(path.join(tmpdir(), "equity-uploads-"));

let owner: Actor, otherEnterprise: Actor, personal: Actor, fundStaff: Actor, otherFundStaff: Actor, bankStaff: Actor, admin: Actor;
let fundId: string;

const staffOf = async (institutionId: string) => actorOf(await db.user.update({ where: { id: (await createUser({ role: "STAFF" })).id }, data: { institutionId } }));

beforeAll(async () => {
  owner = actorOf(await createUser({ role: "ENTERPRISE", name: "王经理" }));
  otherEnterprise = actorOf(await createUser({ role: "ENTERPRISE" }));
  personal = actorOf(await createUser({ role: "PERSONAL", name: "张三" }));
  admin = actorOf(await createUser({ role: "ADMIN" }));
  const fund = await makeInstitution("FUND");
  fundId = fund.id;
  fundStaff = await staffOf(fund.id);
  otherFundStaff = await staffOf((await makeInstitution("FUND")).id);
  bankStaff = await staffOf((await makeInstitution("BANK")).id);
});

const file = (bytes: Buffer, name: string) => new File([new Uint8Array(bytes)], name);

function projectForm(overrides: Record<string, unknown> = {}) {
  const data = new FormData();
  const fields: Record<string, unknown> = {
    name: "智能传感器扩产", amount: "1200", industry: "电子信息", introduction: "项目简介内容", financingNeeds: "融资需求内容",
    coreStrengths: "核心竞争力内容", contactName: "王经理", contactPhone: "13912345678", enterpriseName: "天水测试科技有限公司",
    uscc: freshUscc(), businessPlan: file(samplePdf(), "计划书.pdf"), image: file(samplePng(), "形象.png"), ...overrides,
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) data.set(k, v as string | Blob);
  return data;
}

async function publishedProject(): Promise<{ id: string; planId: string }> {
  const res = await callAction(owner, submitProject, [], projectForm());
  expect(res.ok).toBe(true);
  const id = (res as { data: { id: string } }).data.id;
  expect(await callAction(admin, reviewEquityProject, [id], { decision: "approve" })).toMatchObject({ ok: true });
  const row = await db.equityProject.findUniqueOrThrow({ where: { id } });
  return { id, planId: row.businessPlanFileId! };
}

describe("发布股权融资 and the 金融办's review", () => {
  it("an enterprise publishes with a PDF plan and an image; it waits for review with its history and a message", async () => {
    const res = await callAction(owner, submitProject, [], projectForm());
    expect(res).toMatchObject({ ok: true });
    const id = (res as { data: { id: string } }).data.id;
    expect(res.redirectedTo).toBe(`/me/equity/${id}?done=submitted`);
    const row = await db.equityProject.findUniqueOrThrow({ where: { id }, include: { events: true, businessPlan: true, image: true } });
    expect(row).toMatchObject({ status: "PENDING_REVIEW", businessPlan: { mimeType: "application/pdf", visibility: "FUND_INSTITUTIONS" }, image: { visibility: "PUBLIC" } });
    expect(row.events.map((e) => e.kind)).toEqual(["SUBMITTED"]);
    expect(await db.message.count({ where: { userId: owner.id, title: "股权融资项目已提交" } })).toBeGreaterThan(0);
    expect(await getPublicProject(id)).toBeNull();
  });

  it("refuses personal accounts, a bad 统一社会信用代码, an over-long name and a forged plan", async () => {
    expect(await callAction(personal, submitProject, [], projectForm())).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    const bad = await callAction(owner, submitProject, [], projectForm({ uscc: "123", name: "一二三四五六七八九十一二三四五六" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { uscc: expect.any(String), name: "项目名称不能超过15字" } });
    const exe = await callAction(owner, submitProject, [], projectForm({ businessPlan: file(forgedExe(), "plan.pdf") }));
    expect(exe).toMatchObject({ ok: false, fieldErrors: { businessPlan: expect.stringContaining("可执行程序") } });
  });

  it("不通过 needs a reason, the owner edits and resubmits, 通过 publishes, 下架 hides it; only the admin reviews", async () => {
    const id = (await callAction(owner, submitProject, [], projectForm())) as unknown as { data: { id: string } };
    const pid = id.data.id;
    expect(await callAction(bankStaff, reviewEquityProject, [pid], { decision: "approve" })).toMatchObject({ ok: false });
    expect(await callAction(admin, reviewEquityProject, [pid], { decision: "reject" })).toMatchObject({ ok: false, fieldErrors: { comment: "请输入不通过的原因" } });
    expect(await callAction(admin, reviewEquityProject, [pid], { decision: "reject", comment: "请补充财务数据" })).toMatchObject({ ok: true });
    expect(await db.message.count({ where: { userId: owner.id, title: "股权融资项目审核未通过" } })).toBeGreaterThan(0);
    // Another enterprise cannot see or resubmit it.
    expect(await getMyProject(otherEnterprise, pid)).toBeNull();
    expect(await callAction(otherEnterprise, resubmitMyProject, [pid], projectForm())).toMatchObject({ ok: false, message: "项目不存在或无权查看" });
    expect(await callAction(owner, resubmitMyProject, [pid], projectForm({ name: "修改后的项目", businessPlan: undefined, image: undefined }))).toMatchObject({ ok: true });
    const resubmitted = await db.equityProject.findUniqueOrThrow({ where: { id: pid } });
    expect(resubmitted).toMatchObject({ status: "PENDING_REVIEW", name: "修改后的项目" });
    expect(resubmitted.businessPlanFileId).not.toBeNull(); // the plan chosen before is kept
    expect(await callAction(admin, reviewEquityProject, [pid], { decision: "approve" })).toMatchObject({ ok: true });
    const pub = await getPublicProject(pid);
    expect(pub).toMatchObject({ name: "修改后的项目", hasPlan: true });
    expect(JSON.stringify(pub)).not.toContain("13912345678");
    expect(pub).not.toHaveProperty("businessPlanFileId");
    expect(await callAction(admin, reviewEquityProject, [pid], { decision: "approve" })).toMatchObject({ ok: false, message: "项目状态已变化，请刷新页面后再试" });
    expect(await callAction(admin, reviewEquityProject, [pid], { decision: "archive", comment: "项目已完成融资" })).toMatchObject({ ok: true });
    expect(await getPublicProject(pid)).toBeNull();
    const events = await db.equityProjectEvent.findMany({ where: { projectId: pid }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.kind)).toEqual(["SUBMITTED", "REJECTED", "RESUBMITTED", "APPROVED", "ARCHIVED"]);
  });
});

describe("修改后重新提交 with a new 形象展示", () => {
  it("the replaced public image is deleted (row and bytes) once the resubmission commits; the plan not chosen again stays", async () => {
    const pid = ((await callAction(owner, submitProject, [], projectForm())) as unknown as { data: { id: string } }).data.id;
    const before = await db.equityProject.findUniqueOrThrow({ where: { id: pid }, include: { image: true } });
    const bytesOf = (key: string) => path.join(process.env.UPLOAD_DIR!, key);
    expect(existsSync(bytesOf(before.image!.storageKey))).toBe(true);
    expect(await callAction(admin, reviewEquityProject, [pid], { decision: "reject", comment: "请更换图片" })).toMatchObject({ ok: true });
    expect(await callAction(owner, resubmitMyProject, [pid], projectForm({ businessPlan: undefined, image: file(samplePng(), "新形象.png") }))).toMatchObject({ ok: true });
    const after = await db.equityProject.findUniqueOrThrow({ where: { id: pid } });
    expect(after.imageFileId).not.toBe(before.imageFileId);
    expect(after.businessPlanFileId).toBe(before.businessPlanFileId);
    expect(await db.uploadedFile.findUnique({ where: { id: before.imageFileId! } })).toBeNull();
    expect(existsSync(bytesOf(before.image!.storageKey))).toBe(false);
    expect(await db.auditLog.count({ where: { action: "upload.delete", targetId: before.imageFileId!, actorId: owner.id } })).toBe(1);
  });
});

describe("the 项目计划书 is private", () => {
  it("GET /files/<id>: the publisher, the admin and fund staff (once published) read it; bank staff, other users and visitors get 404", async () => {
    const res = await callAction(owner, submitProject, [], projectForm());
    const pid = (res as { data: { id: string } }).data.id;
    const planId = (await db.equityProject.findUniqueOrThrow({ where: { id: pid } })).businessPlanFileId!;
    const status = async (actor: Actor | null) => (await downloadResponse(actor, planId)).status;
    expect(await status(fundStaff)).toBe(404); // not yet published
    expect(await status(owner)).toBe(200);
    expect(await status(admin)).toBe(200);
    await callAction(admin, reviewEquityProject, [pid], { decision: "approve" });
    expect(await status(fundStaff)).toBe(200);
    expect(await status(bankStaff)).toBe(404);
    expect(await status(personal)).toBe(404);
    expect(await status(otherEnterprise)).toBe(404);
    expect(await status(null)).toBe(404);
    const answer = await downloadResponse(fundStaff, planId);
    expect(answer.headers.get("cache-control")).toBe("private, no-store");
    // 查看记录: each download by fund staff, shown to the publisher and audited.
    const mine = await getMyProject(owner, pid);
    expect(mine?.planViews.length).toBe(2);
    expect(await db.auditLog.count({ where: { action: "equity.plan.view", targetId: pid, actorId: fundStaff.id } })).toBe(2);
    // 审计日志: every download of the private file, by anyone allowed (refusals download nothing).
    expect(await db.auditLog.count({ where: { action: "file.download", targetId: planId } })).toBe(4);
    expect(await db.auditLog.count({ where: { action: "file.download", targetId: planId, actorId: owner.id, detail: { path: ["byOwner"], equals: true } } })).toBe(1);
  });
});

describe("我要约谈", () => {
  it("one open request per user per target; own project and own fund refused; staff of a bank refused", async () => {
    const { id } = await publishedProject();
    const form = { contactName: "张三", contactPhone: "13800001111", subject: "了解融资方案" };
    expect(await callAction(personal, askForMeeting, ["project", id], form)).toMatchObject({ ok: true, redirectedTo: "/me/meetings?done=requested" });
    expect(await callAction(personal, askForMeeting, ["project", id], form)).toMatchObject({ ok: false, message: ALREADY_OPEN });
    expect(await callAction(owner, askForMeeting, ["project", id], form)).toMatchObject({ ok: false, message: "不能约谈自己发布的项目" });
    expect(await callAction(fundStaff, askForMeeting, ["fund", fundId], form)).toMatchObject({ ok: false, message: "不能向本机构发起约谈" });
    expect(await callAction(bankStaff, askForMeeting, ["project", id], form)).toMatchObject({ ok: false, message: "请使用企业或个人用户账号发起约谈" });
    expect(await callAction(personal, askForMeeting, ["project", "nope-not-there"], form)).toMatchObject({ ok: false, message: "项目不存在或无权查看" });
    // A fund's staff ask a project on behalf of their fund: listed as sent in 约谈管理.
    expect(await callAction(fundStaff, askForMeeting, ["project", id], form)).toMatchObject({ ok: true });
    expect((await listOrgMeetings(fundStaff, { side: "sent", page: 1 })).items.some((m) => m.project?.id === id)).toBe(true);
  });

  it("fund staff accept with a time and place, then 已完成; the requester is told each time and may ask again; others get 404", async () => {
    const form = { contactName: "张三", contactPhone: "13800001111" };
    const asked = await callAction(personal, askForMeeting, ["fund", fundId], form);
    expect(asked.ok).toBe(true);
    const meeting = await db.meetingRequest.findFirstOrThrow({ where: { requesterId: personal.id, institutionId: fundId }, orderBy: { createdAt: "desc" } });
    expect(await getOrgMeeting(otherFundStaff, meeting.id)).toBeNull();
    expect(await callAction(otherFundStaff, acceptMeeting, [meeting.id], { meetingAt: "2027-01-05T10:00", meetingPlace: "会议室" })).toMatchObject({ ok: false, message: "约谈不存在或无权查看" });
    expect(await callAction(otherEnterprise, declineMeeting, [meeting.id], { reply: "不合适" })).toMatchObject({ ok: false, message: "约谈不存在或无权查看" });
    expect(await callAction(fundStaff, acceptMeeting, [meeting.id], { meetingAt: "", meetingPlace: "" })).toMatchObject({ ok: false, fieldErrors: { meetingAt: "请选择约谈时间", meetingPlace: "请输入约谈地点" } });
    expect(await callAction(fundStaff, acceptMeeting, [meeting.id], { meetingAt: "2027-01-05T10:00", meetingPlace: "金融大厦12层会议室" })).toMatchObject({ ok: true, redirectedTo: `/org/meetings/${meeting.id}?done=accepted` });
    const mine = await listMyMeetings(personal, 1);
    expect(mine.items.find((m) => m.id === meeting.id)).toMatchObject({ status: "ACCEPTED", meetingPlace: "金融大厦12层会议室" });
    expect((await listMyMeetings(otherEnterprise, 1)).items.some((m) => m.id === meeting.id)).toBe(false);
    expect(await db.message.count({ where: { userId: personal.id, title: "约谈已接受" } })).toBe(1);
    expect(await callAction(fundStaff, declineMeeting, [meeting.id], { reply: "晚了" })).toMatchObject({ ok: false, message: "该约谈的状态已变化，请刷新页面后再试" });
    expect(await callAction(fundStaff, completeMeeting, [meeting.id], {})).toMatchObject({ ok: true });
    expect(await db.message.count({ where: { userId: personal.id, title: "约谈已完成" } })).toBe(1);
    expect(await callAction(personal, askForMeeting, ["fund", fundId], form)).toMatchObject({ ok: true });
  });

  it("the project's publisher declines a request with the reason", async () => {
    const { id } = await publishedProject();
    await callAction(otherEnterprise, askForMeeting, ["project", id], { contactName: "李四", contactPhone: "13800002222" });
    const meeting = await db.meetingRequest.findFirstOrThrow({ where: { requesterId: otherEnterprise.id, projectId: id } });
    expect(await callAction(fundStaff, declineMeeting, [meeting.id], { reply: "x" })).toMatchObject({ ok: false, message: "约谈不存在或无权查看" });
    expect(await callAction(owner, declineMeeting, [meeting.id], { reply: "暂不考虑外部投资" })).toMatchObject({ ok: true, redirectedTo: `/me/equity/${id}?done=declined` });
    expect(await db.message.findFirst({ where: { userId: otherEnterprise.id, title: "约谈已婉拒" } })).toMatchObject({ body: expect.stringContaining("暂不考虑外部投资") });
  });

  it("a daily limit per user", async () => {
    const { id } = await publishedProject();
    const heavy = actorOf(await createUser({ role: "PERSONAL" }));
    for (let i = 0; i < 20; i++) await consumeRateLimit("user-meeting", heavy.id);
    expect(await callAction(heavy, askForMeeting, ["project", id], { contactName: "张三", contactPhone: "13800001111" })).toMatchObject({ ok: false, message: expect.stringContaining("操作过于频繁") });
  });
});

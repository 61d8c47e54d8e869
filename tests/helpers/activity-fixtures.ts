import { randomBytes } from "node:crypto";
import {
  addActivity,
  callOffActivity,
  cancelRegistrant,
  changePublication,
  editActivity,
  submitRegistration,
  withdrawRegistration,
} from "@/lib/activities/actions";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toShanghaiDateTimeInput } from "@/lib/validation/datetime";
import { callAction } from "./actions";
import { actorOf, makeUser } from "./application-fixtures";

// Independent test data for 金融活动: every test makes its own activities and accounts, and drives
// them through the server actions as users do (validation, role, command, result).

const tag = () => randomBytes(3).toString("hex");
const DAY = 86_400_000;
export const fromNow = (days: number) => new Date(Date.now() + days * DAY);

// A published activity open for registration: starts in 10 days, deadline in 7, 20 places.
export function makeActivity(data: Partial<Prisma.ActivityUncheckedCreateInput> = {}) {
  const startAt = fromNow(10);
  return db.activity.create({
    data: {
      title: `测试活动${tag()}`,
      summary: "测试活动简介",
      body: "## 活动安排\n\n银行现场对接。",
      organizer: "天水市人民政府金融工作办公室",
      address: "天水市秦州区藉河北路56号",
      startAt,
      endAt: new Date(startAt.getTime() + 3 * 3600_000),
      registrationDeadline: fromNow(7),
      capacity: 20,
      status: "PUBLISHED",
      publishedAt: new Date(),
      ...data,
    },
  });
}

export async function makeApplicants(count: number): Promise<Actor[]> {
  const users = await Promise.all(Array.from({ length: count }, () => makeUser("PERSONAL", { name: "李明" })));
  return users.map(actorOf);
}

export function registrationForm(overrides: Record<string, unknown> = {}) {
  return { name: "王小明", phone: "13912345678", organization: "天水示范科技有限公司", attendees: "1", remark: "", ...overrides };
}

// The admin form's fields as typed (times in Tianshui time).
export function activityForm(overrides: Record<string, unknown> = {}) {
  const start = fromNow(20);
  return {
    title: `新建活动${tag()}`,
    summary: "银行、担保机构现场对接企业融资需求",
    body: "欢迎有融资需求的企业报名参加。\n\n请携带营业执照复印件。",
    organizer: "天水市人民政府金融工作办公室",
    address: "天水市秦州区藉河北路56号金融大厦3楼",
    startAt: toShanghaiDateTimeInput(start),
    endAt: toShanghaiDateTimeInput(new Date(start.getTime() + 2 * 3600_000)),
    registrationDeadline: toShanghaiDateTimeInput(fromNow(15)),
    capacity: "50",
    ...overrides,
  };
}

export const register = (actor: Actor | null, activityId: string, form: Record<string, unknown> = registrationForm()) =>
  callAction(actor, submitRegistration, [activityId], form);
export const withdraw = (actor: Actor | null, registrationId: string) => callAction(actor, withdrawRegistration, [registrationId], {});

export const admin = {
  create: (actor: Actor, form: Record<string, unknown> = activityForm()) => callAction(actor, addActivity, [], form),
  edit: (actor: Actor, id: string, form: Record<string, unknown>) => callAction(actor, editActivity, [id], form),
  publish: (actor: Actor, id: string) => callAction(actor, changePublication, [id, "publish"]),
  unpublish: (actor: Actor, id: string) => callAction(actor, changePublication, [id, "unpublish"]),
  cancel: (actor: Actor, id: string, reason = "因场地调整，活动取消") => callAction(actor, callOffActivity, [id], { reason }),
  cancelRegistration: (actor: Actor, registrationId: string, reason = "") => callAction(actor, cancelRegistrant, [registrationId], { reason }),
};

export const placesTaken = async (activityId: string) => (await db.activity.findUniqueOrThrow({ where: { id: activityId } })).registeredCount;

// The sum of attendees of active registrations: must always equal registeredCount.
export async function attendeesBooked(activityId: string): Promise<number> {
  const sum = await db.activityRegistration.aggregate({ where: { activityId, status: "REGISTERED" }, _sum: { attendees: true } });
  return sum._sum.attendees ?? 0;
}

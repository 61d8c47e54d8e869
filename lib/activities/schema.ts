import { z } from "zod";
import { optionalText, requiredText } from "@/lib/validation/fields";
import { shanghaiDateTimeSchema } from "@/lib/validation/datetime";
import { mobileSchema, personNameSchema } from "@/lib/validation/common";
import { coverShape } from "@/lib/uploads/shape";

// The forms of 金融活动, shared by the browser (react-hook-form) and the server actions.

export const MAX_ATTENDEES = 5;

const text = (label: string, min: number, max: number) => requiredText(label, max, { min });

const wholeNumber = (label: string, min: number, max: number, message = `${label}须为${min}至${max}之间的整数`) =>
  z
    .union([z.string(), z.number()], { error: `请输入${label}` })
    .transform((v) => String(v).trim())
    .refine((v) => v !== "", `请输入${label}`)
    .refine((v) => /^\d+$/.test(v), message)
    .transform(Number)
    .refine((v) => v >= min && v <= max, message);

// 我要报名: *姓名 *手机号 *单位名称 *参加人数 (1–5) 备注.
export const registrationSchema = z.object({
  name: personNameSchema,
  phone: mobileSchema,
  organization: text("单位名称", 2, 100),
  attendees: wholeNumber("参加人数", 1, MAX_ATTENDEES, `参加人数须为1至${MAX_ATTENDEES}人`),
  remark: optionalText("备注", 200),
});

export type RegistrationInput = z.output<typeof registrationSchema>;

export const REGISTRATION_FIELDS = {
  name: "姓名",
  phone: "手机号",
  organization: "单位名称",
  attendees: "参加人数",
  remark: "备注",
} as const;

// 管理后台: an activity with all its fields. Times are typed in Tianshui time.
export const activitySchema = z
  .object({
    title: text("活动标题", 4, 100),
    summary: text("活动简介", 4, 200),
    body: text("活动详情", 10, 20_000),
    organizer: text("主办方", 2, 100),
    address: text("活动地址", 4, 200),
    startAt: shanghaiDateTimeSchema("开始时间"),
    endAt: shanghaiDateTimeSchema("结束时间"),
    registrationDeadline: shanghaiDateTimeSchema("报名截止时间"),
    capacity: wholeNumber("限制人数", 1, 100_000),
    ...coverShape,
  })
  .superRefine((a, ctx) => {
    // zod runs this also when a time itself was invalid: compare only real dates.
    if (!(a.startAt instanceof Date)) return;
    if (a.endAt instanceof Date && a.endAt.getTime() <= a.startAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["endAt"], message: "结束时间须晚于开始时间" });
    }
    if (a.registrationDeadline instanceof Date && a.registrationDeadline.getTime() > a.startAt.getTime()) {
      ctx.addIssue({ code: "custom", path: ["registrationDeadline"], message: "报名截止时间不能晚于开始时间" });
    }
  });

export type ActivityInput = z.output<typeof activitySchema>;

export const ACTIVITY_FIELDS = {
  title: "活动标题",
  summary: "活动简介",
  body: "活动详情",
  organizer: "主办方",
  address: "活动地址",
  startAt: "开始时间",
  endAt: "结束时间",
  registrationDeadline: "报名截止时间",
  capacity: "限制人数",
  cover: "封面图片",
  coverAlt: "图片说明",
} as const;

// 取消活动: every registrant is told the reason.
export const cancelActivitySchema = z.object({ reason: text("取消原因", 2, 200) });

// 取消报名 by the organiser: the reason is optional and goes to the registrant.
export const cancelRegistrationSchema = z.object({ reason: optionalText("取消原因", 200) });

// 取消报名 by the registrant: a confirmation, nothing to type.
export const confirmSchema = z.object({});

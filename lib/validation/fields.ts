import { z } from "zod";
import type { LoanPurpose } from "@/lib/generated/prisma/enums";

// Field schemas shared by the forms of several domains. Values arrive as strings from FormData or
// react-hook-form, checkboxes as "on" / true.

export const PURPOSE_VALUES = [
  "WORKING_CAPITAL",
  "EQUIPMENT",
  "EXPANSION",
  "AGRICULTURE",
  "HOUSING",
  "EDUCATION",
  "CONSUMPTION",
  "OTHER",
] as const satisfies readonly LoanPurpose[];

export const purposeSchema = z.enum(PURPOSE_VALUES, { error: "请选择贷款用途" });

export function isChecked(value: unknown): boolean {
  return value === true || value === "on" || value === "true" || value === "1";
}

// 我已阅读并同意《用户授权协议》: nothing is submitted without it.
export const agreementSchema = z
  .union([z.boolean(), z.string()])
  .optional()
  .refine(isChecked, "请阅读并同意《用户授权协议》")
  .transform(() => true as const);

// A required confirmation checkbox with its own message (e.g. the 首贷 declaration).
export function declarationSchema(message: string) {
  return z
    .union([z.boolean(), z.string()])
    .optional()
    .refine(isChecked, message)
    .transform(() => true as const);
}

// 有/无 radio buttons that may stay empty.
// (An untouched radio group arrives as null from react-hook-form and as nothing from FormData.)
export const yesNoOptionalSchema = z
  .union([z.literal("yes"), z.literal("no"), z.literal(""), z.null()], { error: "请选择“有”或“无”" })
  .optional()
  .transform((v) => (v === "yes" ? true : v === "no" ? false : null));

// 是/否 radio buttons that must be answered.
export function yesNoRequiredSchema(message: string) {
  return z
    .string({ error: message })
    .refine((v) => v === "yes" || v === "no", message)
    .transform((v) => v === "yes");
}

// An amount in 万 that may be left empty (年收入, 目前贷款总额). Zero is allowed here.
export function optionalAmountSchema(label: string) {
  return z
    .union([z.string(), z.number()])
    .optional()
    .transform((v) => (v === undefined ? "" : String(v).trim()))
    .refine((v) => v === "" || /^\d+(\.\d{1,2})?$/.test(v), `${label}须为数字，最多两位小数`)
    .refine((v) => v === "" || Number(v) <= 1_000_000, `${label}数值过大`)
    .transform((v) => (v === "" ? null : v));
}

// One application per submitted form: the page renders a random key, the server stores it.
export const idempotencyKeySchema = z
  .string({ error: "表单已失效，请刷新页面后重试" })
  .regex(/^[A-Za-z0-9-]{16,64}$/, "表单已失效，请刷新页面后重试");

// Today's date in Tianshui (Asia/Shanghai) as YYYY-MM-DD.
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(now);
}

// 2026-02-31 is not a date (Date.parse would roll it over to March 3).
export function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

// A date (YYYY-MM-DD) that is today or later and at most `maxYears` ahead.
export function futureDateSchema(label: string, maxYears = 10) {
  return z
    .string({ error: `请选择${label}` })
    .trim()
    .min(1, `请选择${label}`)
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式应为 年-月-日`)
    .refine(isCalendarDate, `${label}不是有效日期`)
    .refine((v) => v >= todayInShanghai(), `${label}不能早于今天`)
    .refine((v) => Number(v.slice(0, 4)) <= new Date().getFullYear() + maxYears, `${label}不在合理范围内`);
}

// A record chosen in a select (贷款机构): an id shape, else the same message as an empty choice.
export function choiceIdSchema(message: string) {
  return z.string({ error: message }).trim().regex(/^[A-Za-z0-9_-]{1,64}$/, message);
}

// A required text field: trimmed, with its label in every message (「请输入…」「…至少N个字」「…不能超过N个字」).
export function requiredText(label: string, max: number, { min = 1, verb = "请输入" }: { min?: number; verb?: string } = {}) {
  const base = z.string({ error: `${verb}${label}` }).trim().min(1, `${verb}${label}`);
  return (min > 1 ? base.min(min, `${label}至少${min}个字`) : base).max(max, `${label}不能超过${max}个字`);
}

// An optional text field: trimmed, null when left empty.
export function optionalText(label: string, max: number) {
  return z
    .string()
    .optional()
    .transform((v) => (v ?? "").trim())
    .refine((v) => v.length <= max, `${label}不能超过${max}个字`)
    .transform((v) => (v === "" ? null : v));
}

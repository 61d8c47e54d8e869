import { z } from "zod";
import { isValidIdNumber, normalizeIdNumber } from "./id-number";
import { isValidUscc, normalizeUscc } from "./uscc";

// Field schemas shared by forms (zodResolver) and server actions. Messages are what the user reads.

// Mainland mobile numbers: 11 digits, 1 then 3–9.
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export const mobileSchema = z
  .string({ error: "请输入手机号" })
  .trim()
  .min(1, "请输入手机号")
  .regex(MOBILE_PATTERN, "请输入正确的11位手机号");

export const idNumberSchema = z
  .string({ error: "请输入身份证号" })
  .trim()
  .min(1, "请输入身份证号")
  .refine(isValidIdNumber, "身份证号格式或校验位不正确")
  .transform(normalizeIdNumber);

export const usccSchema = z
  .string({ error: "请输入统一社会信用代码" })
  .trim()
  .min(1, "请输入统一社会信用代码")
  .refine(isValidUscc, "统一社会信用代码不正确，请核对18位代码")
  .transform(normalizeUscc);

export const personNameSchema = z
  .string({ error: "请输入姓名" })
  .trim()
  .min(2, "姓名至少2个字")
  .max(30, "姓名不能超过30个字");

export const enterpriseNameSchema = z
  .string({ error: "请输入企业名称" })
  .trim()
  .min(2, "请输入企业名称")
  .max(100, "企业名称不能超过100个字");

const MAX_AMOUNT_WAN = 1_000_000; // 100亿元: far above any product

// An amount in 万元: positive, at most 2 decimals. Accepts "12.5" from a form as well as numbers.
export function amountWanSchema(label = "金额", max = MAX_AMOUNT_WAN) {
  return z
    .union([z.string(), z.number()], { error: `请输入${label}` })
    .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
    .refine((v) => v !== "", `请输入${label}`)
    .refine((v) => /^\d+(\.\d{1,2})?$/.test(v), `${label}须为数字，最多两位小数`)
    .refine((v) => Number(v) > 0, `${label}须大于0`)
    .refine((v) => Number(v) <= max, `${label}不能超过${max}万`);
}

// A term in whole months.
export function termMonthsSchema(label = "期限", max = 360) {
  return z
    .union([z.string(), z.number()], { error: `请输入${label}` })
    .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
    .refine((v) => v !== "", `请输入${label}`)
    .refine((v) => /^\d+$/.test(v), `${label}须为整数月数`)
    .transform(Number)
    .refine((v) => v >= 1, `${label}至少1个月`)
    .refine((v) => v <= max, `${label}不能超过${max}个月`);
}

// An annual rate in percent with up to 4 decimals.
export function ratePercentSchema(label = "利率") {
  return z
    .union([z.string(), z.number()], { error: `请输入${label}` })
    .transform((v) => (typeof v === "number" ? String(v) : v.trim()))
    .refine((v) => v !== "", `请输入${label}`)
    .refine((v) => /^\d+(\.\d{1,4})?$/.test(v), `${label}须为数字，最多四位小数`)
    .refine((v) => Number(v) <= 36, `${label}不能超过36%`);
}

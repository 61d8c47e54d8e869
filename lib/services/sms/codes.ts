import "server-only";
import { randomInt, timingSafeEqual } from "node:crypto";
import { blindIndex, blindIndexes } from "@/lib/crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SmsPurpose } from "@/lib/generated/prisma/enums";
import { sendSms } from "./index";
import type { SmsDriver } from "./types";

// SMS verification codes (短信验证码): 6 digits, valid 5 minutes, single use, bound to phone + purpose,
// one every 60 seconds and at most 10 a day (Beijing time) per phone, dead after 5 wrong tries.
// Only the latest code of a phone + purpose counts; codes are stored as keyed hashes.
export const SMS_CODE_RULES = {
  ttlMs: 5 * 60_000,
  resendIntervalMs: 60_000,
  dailyLimit: 10,
  maxAttempts: 5,
} as const;

const PURPOSE_LABELS: Record<SmsPurpose, string> = {
  REGISTER: "注册",
  LOGIN: "登录",
  CHANGE_PHONE: "修改手机号",
  CERTIFY: "实名认证",
  RESET_PASSWORD: "重置密码",
};

export function smsCodeHash(phone: string, purpose: SmsPurpose, code: string): string {
  return blindIndex(`sms:${purpose}:${phone}:${code}`);
}

// What a stored code may be hashed as: a code issued before the blind index key rotated (it lives 5 minutes)
// was hashed with the previous key of BLIND_INDEX_KEYS.
function smsCodeHashes(phone: string, purpose: SmsPurpose, code: string): string[] {
  return blindIndexes(`sms:${purpose}:${phone}:${code}`);
}

// Midnight in Asia/Shanghai (UTC+8, no daylight saving) of the given instant, as a UTC Date.
export function startOfBeijingDay(now: Date): Date {
  const offset = 8 * 3600_000;
  const local = now.getTime() + offset;
  return new Date(local - (local % 86_400_000) - offset);
}

export type IssueResult =
  | { ok: true; expiresAt: Date; resendAt: Date }
  | { ok: false; reason: "interval" | "daily-limit" | "budget" | "send-failed"; message: string; retryAfterSeconds?: number };

// A platform-wide ceiling on SMS a Beijing day (SMS_DAILY_BUDGET, default 5000): a flood spread over many
// phones and addresses cannot run up the gateway bill without limit.
export function smsDailyBudget(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env.SMS_DAILY_BUDGET);
  return Number.isInteger(value) && value > 0 ? value : 5000;
}

interface IssueOptions {
  phone: string;
  purpose: SmsPurpose;
  now: Date;
  driver?: SmsDriver;
  code?: string; // for tests that need to know the code without reading the outbox
}

// For 管理后台: today's SMS against the budget; `warning` from 80% on.
export async function smsBudgetToday(now = new Date()): Promise<{ sent: number; budget: number; warning: boolean }> {
  const sent = await db.smsOutbox.count({ where: { createdAt: { gte: startOfBeijingDay(now) } } });
  const budget = smsDailyBudget();
  return { sent, budget, warning: sent >= budget * 0.8 };
}

export async function issueSmsCode({ phone, purpose, now, driver, code }: IssueOptions): Promise<IssueResult> {
  const value = code ?? String(randomInt(0, 1_000_000)).padStart(6, "0");
  const sentToday = await db.smsOutbox.count({ where: { createdAt: { gte: startOfBeijingDay(now) } } });
  if (sentToday >= smsDailyBudget()) {
    console.error(`[sms] the platform's daily SMS budget (${smsDailyBudget()}) is used up`);
    return { ok: false, reason: "budget", message: "今日短信发送量已达平台上限，请明天再试" };
  }
  const decision = await db.$transaction(async (tx) => {
    // One issuer at a time per phone, so that two clicks cannot both pass the interval check.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sms:${phone}`}))`;
    const last = await tx.smsCode.findFirst({ where: { phone }, orderBy: { createdAt: "desc" } });
    if (last && now.getTime() - last.createdAt.getTime() < SMS_CODE_RULES.resendIntervalMs) {
      const wait = Math.ceil((last.createdAt.getTime() + SMS_CODE_RULES.resendIntervalMs - now.getTime()) / 1000);
      return { ok: false as const, reason: "interval" as const, message: `发送过于频繁，请${wait}秒后再试`, retryAfterSeconds: wait };
    }
    const today = await tx.smsCode.count({ where: { phone, createdAt: { gte: startOfBeijingDay(now) } } });
    if (today >= SMS_CODE_RULES.dailyLimit) {
      return { ok: false as const, reason: "daily-limit" as const, message: "该手机号今日获取短信验证码次数已达上限，请明天再试" };
    }
    const row = await tx.smsCode.create({
      data: {
        phone,
        purpose,
        codeHash: smsCodeHash(phone, purpose, value),
        expiresAt: new Date(now.getTime() + SMS_CODE_RULES.ttlMs),
        createdAt: now,
      },
    });
    return { ok: true as const, id: row.id, expiresAt: row.expiresAt };
  });
  if (!decision.ok) return decision;

  const minutes = SMS_CODE_RULES.ttlMs / 60_000;
  const sent = await sendSms(
    {
      phone,
      template: "VERIFICATION_CODE",
      templateParams: { code: value },
      content: `【天水市智慧金融服务平台】您的${PURPOSE_LABELS[purpose]}验证码为${value}，${minutes}分钟内有效。如非本人操作，请忽略本短信。`,
    },
    driver,
  );
  if (!sent.ok) {
    // A code that never reached the phone must not block the next try.
    await db.smsCode.delete({ where: { id: decision.id } });
    return { ok: false, reason: "send-failed", message: "短信发送失败，请稍后重试" };
  }
  return { ok: true, expiresAt: decision.expiresAt, resendAt: new Date(now.getTime() + SMS_CODE_RULES.resendIntervalMs) };
}

export type CheckResult = { ok: true; codeId: string } | { ok: false; message: string };

// Checks a typed code against the latest one. A wrong code counts a try; the fifth wrong try kills it.
// A right code is not consumed here: consumeSmsCode does that inside the caller's write transaction.
export async function checkSmsCode(phone: string, purpose: SmsPurpose, code: string, now: Date): Promise<CheckResult> {
  const latest = await db.smsCode.findFirst({ where: { phone, purpose }, orderBy: { createdAt: "desc" } });
  if (!latest || latest.consumedAt) return { ok: false, message: "请先获取短信验证码" };
  if (latest.expiresAt <= now) return { ok: false, message: "短信验证码已过期，请重新获取" };
  if (latest.attempts >= SMS_CODE_RULES.maxAttempts) return { ok: false, message: "短信验证码错误次数过多，请重新获取" };
  const expected = Buffer.from(latest.codeHash);
  const matches = smsCodeHashes(phone, purpose, code.trim()).map((hash) => {
    const actual = Buffer.from(hash);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  });
  if (matches.includes(true)) return { ok: true, codeId: latest.id };

  const counted = await db.smsCode.updateMany({
    where: { id: latest.id, attempts: { lt: SMS_CODE_RULES.maxAttempts } },
    data: { attempts: { increment: 1 } },
  });
  const left = SMS_CODE_RULES.maxAttempts - latest.attempts - 1;
  if (counted.count === 0 || left <= 0) return { ok: false, message: "短信验证码错误次数过多，请重新获取" };
  return { ok: false, message: `短信验证码不正确，还可尝试${left}次` };
}

// Marks a checked code used. Returns false when another request used it first.
export async function consumeSmsCode(tx: Prisma.TransactionClient, codeId: string, now: Date): Promise<boolean> {
  const used = await tx.smsCode.updateMany({
    where: { id: codeId, consumedAt: null, expiresAt: { gt: now }, attempts: { lt: SMS_CODE_RULES.maxAttempts } },
    data: { consumedAt: now },
  });
  return used.count === 1;
}

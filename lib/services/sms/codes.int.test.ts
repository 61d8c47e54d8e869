import { describe, expect, it } from "vitest";
import { sendSmsCodeAction } from "@/lib/accounts/actions";
import { db } from "@/lib/db";
import { checkSmsCode, consumeSmsCode, issueSmsCode, SMS_CODE_RULES, smsBudgetToday, startOfBeijingDay } from "@/lib/services/sms/codes";
import type { SmsDriver } from "@/lib/services/sms/types";
import { createUser, freshPhone, meta, solvedHumanCheck } from "@/tests/helpers/accounts";
import { callAction } from "@/tests/helpers/actions";
import { actorOf } from "@/lib/domain/actor";

const seconds = (base: Date, s: number) => new Date(base.getTime() + s * 1000);

async function issue(phone: string, now: Date, code = "123456") {
  return issueSmsCode({ phone, purpose: "REGISTER", now, code });
}

async function use(phone: string, code: string, now: Date, purpose: "REGISTER" | "CHANGE_PHONE" = "REGISTER") {
  const checked = await checkSmsCode(phone, purpose, code, now);
  if (!checked.ok) return checked;
  const consumed = await db.$transaction((tx) => consumeSmsCode(tx, checked.codeId, now));
  return consumed ? checked : { ok: false as const, message: "consumed by someone else" };
}

describe("SMS verification codes", () => {
  it("sends a 6-digit code through the outbox and stores only its hash", async () => {
    const phone = freshPhone();
    const now = new Date();
    const result = await issueSmsCode({ phone, purpose: "REGISTER", now });
    expect(result.ok).toBe(true);
    const message = await db.smsOutbox.findFirstOrThrow({ where: { phone }, orderBy: { createdAt: "desc" } });
    expect(message).toMatchObject({ status: "SENT", provider: "outbox", template: "VERIFICATION_CODE" });
    const code = message.content.match(/验证码为(\d{6})/)?.[1];
    expect(code).toMatch(/^\d{6}$/);
    const row = await db.smsCode.findFirstOrThrow({ where: { phone } });
    expect(row.codeHash).not.toContain(code!);
    expect(row.expiresAt.getTime() - now.getTime()).toBe(5 * 60_000);
    expect((await use(phone, code!, seconds(now, 10))).ok).toBe(true);
  });

  it("expires after 5 minutes", async () => {
    const phone = freshPhone();
    const now = new Date();
    await issue(phone, now);
    expect(await checkSmsCode(phone, "REGISTER", "123456", seconds(now, 301))).toEqual({ ok: false, message: "短信验证码已过期，请重新获取" });
    expect((await checkSmsCode(phone, "REGISTER", "123456", seconds(now, 299))).ok).toBe(true);
  });

  it("is single use", async () => {
    const phone = freshPhone();
    const now = new Date();
    await issue(phone, now);
    expect((await use(phone, "123456", now)).ok).toBe(true);
    expect(await use(phone, "123456", now)).toMatchObject({ ok: false, message: "请先获取短信验证码" });
  });

  it("two requests racing for the same code: only one consumes it", async () => {
    const phone = freshPhone();
    const now = new Date();
    await issue(phone, now);
    const checked = await checkSmsCode(phone, "REGISTER", "123456", now);
    if (!checked.ok) throw new Error(checked.message);
    const first = await db.$transaction((tx) => consumeSmsCode(tx, checked.codeId, now));
    const second = await db.$transaction((tx) => consumeSmsCode(tx, checked.codeId, now));
    expect([first, second]).toEqual([true, false]);
  });

  it("is bound to the phone and the purpose", async () => {
    const phone = freshPhone();
    const now = new Date();
    await issue(phone, now);
    expect((await checkSmsCode(phone, "CHANGE_PHONE", "123456", now)).ok).toBe(false);
    expect((await checkSmsCode(freshPhone(), "REGISTER", "123456", now)).ok).toBe(false);
    expect((await checkSmsCode(phone, "REGISTER", "123456", now)).ok).toBe(true);
  });

  it("dies after 5 wrong tries, even for the right code", async () => {
    const phone = freshPhone();
    const now = new Date();
    await issue(phone, now);
    const messages = [];
    for (let i = 0; i < SMS_CODE_RULES.maxAttempts; i++) messages.push((await checkSmsCode(phone, "REGISTER", "000000", now)) as { message: string });
    expect(messages[0].message).toBe("短信验证码不正确，还可尝试4次");
    expect(messages[4].message).toBe("短信验证码错误次数过多，请重新获取");
    expect(await checkSmsCode(phone, "REGISTER", "123456", now)).toEqual({ ok: false, message: "短信验证码错误次数过多，请重新获取" });
  });

  it("can be resent only after 60 seconds, and only the latest code counts", async () => {
    const phone = freshPhone();
    const now = new Date();
    expect((await issue(phone, now, "111111")).ok).toBe(true);
    const early = await issue(phone, seconds(now, 59), "222222");
    expect(early).toMatchObject({ ok: false, reason: "interval", retryAfterSeconds: 1 });
    expect((await issue(phone, seconds(now, 60), "333333")).ok).toBe(true);
    expect((await checkSmsCode(phone, "REGISTER", "111111", seconds(now, 61))).ok).toBe(false);
    expect((await checkSmsCode(phone, "REGISTER", "333333", seconds(now, 61))).ok).toBe(true);
  });

  it("allows at most 10 codes per phone per day (Beijing time)", async () => {
    const phone = freshPhone();
    const dayStart = startOfBeijingDay(new Date());
    for (let i = 0; i < SMS_CODE_RULES.dailyLimit; i++) {
      expect((await issue(phone, new Date(dayStart.getTime() + (i + 1) * 120_000))).ok).toBe(true);
    }
    const eleventh = await issue(phone, new Date(dayStart.getTime() + 30 * 60_000));
    expect(eleventh).toMatchObject({ ok: false, reason: "daily-limit" });
    // The next Beijing day starts a new count.
    expect((await issue(phone, new Date(dayStart.getTime() + 86_400_000 + 1000))).ok).toBe(true);
  });

  it("knows when a Beijing day starts", () => {
    expect(startOfBeijingDay(new Date("2026-11-26T15:59:59Z")).toISOString()).toBe("2026-11-25T16:00:00.000Z");
    expect(startOfBeijingDay(new Date("2026-11-26T16:00:00Z")).toISOString()).toBe("2026-11-26T16:00:00.000Z");
  });

  it("a failed delivery is recorded and does not block the next try", async () => {
    const phone = freshPhone();
    const broken: SmsDriver = { name: "broken", send: async () => Promise.reject(new Error("gateway down")) };
    const now = new Date();
    expect(await issueSmsCode({ phone, purpose: "REGISTER", now, driver: broken })).toMatchObject({ ok: false, reason: "send-failed" });
    expect(await db.smsOutbox.findFirst({ where: { phone, status: "FAILED" } })).not.toBeNull();
    expect((await issue(phone, seconds(now, 1))).ok).toBe(true);
  });
});

describe("发送验证码 (its server action)", () => {
  const send = (actor: Parameters<typeof callAction>[0], input: Record<string, unknown>, ip: string) =>
    callAction(actor, sendSmsCodeAction, [], input, meta(ip));

  it("needs the human check (a registered phone is answered like a new one: lib/accounts/enumeration.int.test.ts)", async () => {
    const user = await createUser();
    const noCheck = await send(null, { phone: freshPhone(), purpose: "REGISTER", captcha: "x" }, "198.51.100.50");
    expect(noCheck).toMatchObject({ ok: false, fieldErrors: { captcha: "人机验证未通过，请重新验证" } });
    const taken = await send(null, { phone: user.phone, purpose: "REGISTER", captcha: await solvedHumanCheck() }, "198.51.100.50");
    expect(taken).toMatchObject({ ok: true });
    const sent = await send(null, { phone: freshPhone(), purpose: "REGISTER", captcha: await solvedHumanCheck() }, "198.51.100.50");
    expect(sent).toMatchObject({ ok: true, data: { resendAfterSeconds: 60 }, message: "验证码已发送，5分钟内有效" });
    expect(sent.ok === false || JSON.stringify(sent)).not.toMatch(/captcha|"\d{6}"/);
  });

  it("sends 修改手机号 codes only to a signed-in user, and not to the user's own phone", async () => {
    const user = await createUser();
    expect(await send(null, { phone: freshPhone(), purpose: "CHANGE_PHONE", captcha: await solvedHumanCheck() }, "198.51.100.51")).toMatchObject({
      ok: false,
      message: "请先登录",
    });
    expect(await send(actorOf(user), { phone: user.phone, purpose: "CHANGE_PHONE", captcha: await solvedHumanCheck() }, "198.51.100.51")).toMatchObject({
      ok: false,
      fieldErrors: { newPhone: "新手机号与当前手机号相同" },
    });
  });
});

describe("the platform's daily SMS budget (fix 9)", () => {
  it("refuses every further code once the day's budget is used up", async () => {
    await issueSmsCode({ phone: freshPhone(), purpose: "REGISTER", now: new Date() });
    const sentToday = await db.smsOutbox.count({ where: { createdAt: { gte: startOfBeijingDay(new Date()) } } });
    process.env.SMS_DAILY_BUDGET = String(sentToday);
    try {
      // 管理后台 shows the alert from 80% of the budget on.
      expect(await smsBudgetToday()).toEqual({ sent: sentToday, budget: sentToday, warning: true });
      expect(await issueSmsCode({ phone: freshPhone(), purpose: "REGISTER", now: new Date() })).toMatchObject({ ok: false, reason: "budget", message: "今日短信发送量已达平台上限，请明天再试" });
    } finally {
      delete process.env.SMS_DAILY_BUDGET;
    }
    expect((await issueSmsCode({ phone: freshPhone(), purpose: "REGISTER", now: new Date() })).ok).toBe(true);
  });
});

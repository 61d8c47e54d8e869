import { describe, expect, it } from "vitest";
import { changePhone, registerAccount } from "@/lib/accounts/commands";
import { PLATFORM_SERVICE_VERSION } from "@/lib/agreements/platform-service";
import { createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { issueSmsCode } from "@/lib/services/sms/codes";
import { registerSchema } from "@/lib/accounts/schema";
import { createUser, freshPhone, freshUscc, meta, solvedHumanCheck } from "@/tests/helpers/accounts";
import { callAction, outcome } from "@/tests/helpers/actions";
import { registerAction } from "@/lib/accounts/actions";

const PASSWORD = "Qinzhou#2026";

async function form(overrides: Record<string, unknown>) {
  const phone = (overrides.phone as string) ?? freshPhone();
  await issueSmsCode({ phone, purpose: "REGISTER", now: new Date(), code: "246810" });
  return registerSchema.parse({ phone, password: PASSWORD, captcha: await solvedHumanCheck(), smsCode: "246810", agree: true, ...overrides });
}

describe("企业（个人）用户注册", () => {
  it("registers a personal account with its consent and an audit entry", async () => {
    const data = await form({ kind: "PERSONAL", name: "李明" });
    const result = await outcome(registerAccount(data, meta("198.51.100.120"), new Date()));
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { phone: data.phone }, include: { consents: true } });
    expect(user).toMatchObject({ role: "PERSONAL", name: "李明" });
    expect(await verifyPassword(user.passwordHash!, PASSWORD)).toBe(true);
    expect(user.consents).toEqual([expect.objectContaining({ agreement: "PLATFORM_SERVICE", version: PLATFORM_SERVICE_VERSION, context: "register" })]);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "auth.register", actorId: user.id } });
    expect(JSON.stringify(log)).not.toContain(PASSWORD);
    expect(JSON.stringify(log)).not.toContain(data.phone);
  });

  it("registers an enterprise account with its 企业名称 and 统一社会信用代码", async () => {
    const uscc = freshUscc();
    const data = await form({ kind: "ENTERPRISE", enterpriseName: "天水测试机械有限公司", uscc: uscc.toLowerCase() });
    expect((await outcome(registerAccount(data, meta("198.51.100.121"), new Date()))).ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { phone: data.phone }, include: { enterprise: true } });
    expect(user.role).toBe("ENTERPRISE");
    expect(user.enterprise).toMatchObject({ name: "天水测试机械有限公司", uscc });
  });

  it("refuses a registered phone and a registered USCC beside the fields", async () => {
    const existing = await createUser();
    const samePhone = await outcome(registerAccount(await form({ kind: "PERSONAL", name: "王强", phone: existing.phone }), meta("198.51.100.122"), new Date()));
    expect(samePhone).toMatchObject({ ok: false, fieldErrors: { phone: "该手机号已注册" } });

    const uscc = freshUscc();
    expect((await outcome(registerAccount(await form({ kind: "ENTERPRISE", enterpriseName: "甲公司", uscc }), meta("198.51.100.122"), new Date()))).ok).toBe(true);
    const sameUscc = await outcome(registerAccount(await form({ kind: "ENTERPRISE", enterpriseName: "乙公司", uscc }), meta("198.51.100.122"), new Date()));
    expect(sameUscc).toMatchObject({ ok: false, fieldErrors: { uscc: "该统一社会信用代码已注册" } });
  });

  it("needs the right SMS code, and a used code cannot register twice", async () => {
    const data = await form({ kind: "PERSONAL", name: "赵云" });
    const wrong = await outcome(registerAccount({ ...data, smsCode: "000000" }, meta("198.51.100.123"), new Date()));
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { smsCode: "短信验证码不正确，还可尝试4次" } });
    expect(await db.user.count({ where: { phone: data.phone } })).toBe(0);
    expect((await outcome(registerAccount({ ...data, captcha: await solvedHumanCheck() }, meta("198.51.100.123"), new Date()))).ok).toBe(true);
  });

  it("needs a fresh human check", async () => {
    const data = await form({ kind: "PERSONAL", name: "孙丽" });
    const result = await outcome(registerAccount({ ...data, captcha: "" }, meta("198.51.100.124"), new Date()));
    expect(result).toMatchObject({ ok: false, fieldErrors: { captcha: "请完成人机验证" } });
  });
});

describe("注册 through its server action", () => {
  it("a refused form keeps what was typed, never the password or the codes", async () => {
    const existing = await createUser();
    await issueSmsCode({ phone: existing.phone, purpose: "REGISTER", now: new Date(), code: "246810" });
    const typed = { kind: "PERSONAL", name: "王强", phone: existing.phone, password: PASSWORD, captcha: await solvedHumanCheck(), smsCode: "246810", agree: "on" };
    const r = await callAction(null, registerAction, [], typed, meta("198.51.100.125"));
    expect(r).toMatchObject({ ok: false, message: "请修改标红的填写项", fieldErrors: { phone: "该手机号已注册" } });
    expect(r.ok === false && r.values).toEqual({ kind: "PERSONAL", name: "王强", phone: existing.phone, agree: "on" });
  });

  it("a registration goes on to 登录", async () => {
    const phone = freshPhone();
    await issueSmsCode({ phone, purpose: "REGISTER", now: new Date(), code: "246810" });
    const typed = { kind: "PERSONAL", name: "钱多", phone, password: PASSWORD, captcha: await solvedHumanCheck(), smsCode: "246810", agree: "on" };
    const r = await callAction(null, registerAction, [], typed, meta("198.51.100.126"));
    expect(r).toMatchObject({ ok: true, redirectedTo: "/login?registered=1" });
    expect(await db.user.count({ where: { phone } })).toBe(1);
  });
});

describe("修改手机号", () => {
  it("moves the account to a free phone verified by an SMS code sent to it", async () => {
    const user = await createUser();
    const session = await createSession(user.id, { now: new Date() });
    const newPhone = freshPhone();
    await issueSmsCode({ phone: newPhone, purpose: "CHANGE_PHONE", now: new Date(), code: "135790" });
    const result = await outcome(changePhone({ id: user.id, role: user.role, institutionId: null, sessionId: session.id }, { newPhone, password: "Tianshui@2026", captcha: await solvedHumanCheck(), smsCode: "135790" }, meta(), new Date()));
    expect(result).toMatchObject({ ok: true, data: { phone: newPhone } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe(newPhone);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "account.phone.change", actorId: user.id } });
    expect(JSON.stringify(log.detail)).not.toContain(newPhone);
  });

  it("refuses a phone another account uses, and a code sent for another purpose", async () => {
    const user = await createUser();
    const other = await createUser();
    const actor = { id: user.id, role: user.role, institutionId: null, sessionId: (await createSession(user.id, { now: new Date() })).id };
    await issueSmsCode({ phone: other.phone, purpose: "CHANGE_PHONE", now: new Date(), code: "135790" });
    const taken = await outcome(changePhone(actor, { newPhone: other.phone, password: "Tianshui@2026", captcha: await solvedHumanCheck(), smsCode: "135790" }, meta(), new Date()));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { newPhone: "该手机号已被其他账号使用" } });

    const newPhone = freshPhone();
    await issueSmsCode({ phone: newPhone, purpose: "REGISTER", now: new Date(), code: "112233" });
    const wrongPurpose = await outcome(changePhone(actor, { newPhone, password: "Tianshui@2026", captcha: await solvedHumanCheck(), smsCode: "112233" }, meta(), new Date()));
    expect(wrongPurpose).toMatchObject({ ok: false, fieldErrors: { smsCode: "请先获取短信验证码" } });
  });
});

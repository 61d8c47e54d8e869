import { describe, expect, it } from "vitest";
import { resetPasswordAction, sendSmsCodeAction } from "@/lib/accounts/actions";
import { createSession } from "@/lib/auth/session";
import { passwordLogin } from "@/lib/auth/password-login";
import { db } from "@/lib/db";
import { issueSmsCode } from "@/lib/services/sms/codes";
import { createUser, freshPhone, meta, solvedHumanCheck } from "@/tests/helpers/accounts";
import { callAction } from "@/tests/helpers/actions";

// 忘记密码: phone + human check + SMS code → new password → every session ends.
const NEW_PASSWORD = "Maijishan#2027";

async function reset(phone: string, code: string, ip: string, extra: Record<string, unknown> = {}) {
  const input = { phone, smsCode: code, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD, captcha: await solvedHumanCheck(), ...extra };
  return callAction(null, resetPasswordAction, [], input, meta(ip));
}

describe("忘记密码", () => {
  it("sets the new password with the phone's code, ends every session and goes on to 登录", async () => {
    const user = await createUser();
    await db.user.update({ where: { id: user.id }, data: { lockedUntil: new Date(Date.now() + 600_000) } });
    const a = await createSession(user.id, { now: new Date() });
    const b = await createSession(user.id, { now: new Date() });
    await issueSmsCode({ phone: user.phone, purpose: "RESET_PASSWORD", now: new Date(), code: "864200" });
    const r = await reset(user.phone, "864200", "198.51.100.80");
    expect(r).toMatchObject({ ok: true, redirectedTo: "/login?reset=1" });
    expect(await db.session.count({ where: { id: { in: [a.id, b.id] }, revokedAt: null } })).toBe(0);
    const login = await passwordLogin({ phone: user.phone, password: NEW_PASSWORD, captcha: await solvedHumanCheck() }, meta("198.51.100.80"), new Date());
    expect(login.ok).toBe(true);
    expect(await db.auditLog.count({ where: { action: "account.password.reset", actorId: user.id } })).toBe(1);
  });

  it("needs the human check, the right code, and the password rules", async () => {
    const user = await createUser();
    await issueSmsCode({ phone: user.phone, purpose: "RESET_PASSWORD", now: new Date(), code: "864201" });
    expect(await reset(user.phone, "864201", "198.51.100.81", { captcha: "x" })).toMatchObject({ ok: false, fieldErrors: { captcha: "人机验证未通过，请重新验证" } });
    expect(await reset(user.phone, "000000", "198.51.100.81")).toMatchObject({ ok: false, fieldErrors: { smsCode: "短信验证码不正确，还可尝试4次" } });
    expect(await reset(user.phone, "864201", "198.51.100.81", { newPassword: "short", confirmPassword: "short" })).toMatchObject({ ok: false, fieldErrors: { newPassword: expect.any(String) } });
    // A code issued for registration does not reset a password.
    await issueSmsCode({ phone: user.phone, purpose: "REGISTER", now: new Date(Date.now() + 61_000), code: "864202" });
    expect(await reset(user.phone, "864202", "198.51.100.81")).toMatchObject({ ok: false, fieldErrors: { smsCode: expect.any(String) } });
  });

  it("sends a reset code to any phone with the same answer; a phone without an account learns it only with its code", async () => {
    const phone = freshPhone();
    const sent = await callAction(null, sendSmsCodeAction, [], { phone, purpose: "RESET_PASSWORD", captcha: await solvedHumanCheck() }, meta("198.51.100.82"));
    expect(sent).toMatchObject({ ok: true, message: "验证码已发送，5分钟内有效" });
    await issueSmsCode({ phone, purpose: "RESET_PASSWORD", now: new Date(Date.now() + 61_000), code: "864203" });
    expect(await reset(phone, "864203", "198.51.100.82")).toMatchObject({ ok: false, fieldErrors: { phone: "该手机号未注册" } });
  });

  it("is rate-limited per address like login", async () => {
    const user = await createUser();
    let last;
    for (let i = 0; i < 31; i++) last = await reset(user.phone, "111111", "198.51.100.83", { captcha: "x" });
    expect(last).toMatchObject({ ok: false, message: expect.stringMatching(/过于频繁/) });
  });
});

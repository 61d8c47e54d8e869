import { describe, expect, it } from "vitest";
import { sendSmsCodeAction } from "@/lib/accounts/actions";
import { registerAccount } from "@/lib/accounts/commands";
import { registerSchema } from "@/lib/accounts/schema";
import { passwordLogin } from "@/lib/auth/password-login";
import { actorOf } from "@/lib/domain/actor";
import { issueSmsCode } from "@/lib/services/sms/codes";
import { createUser, freshPhone, meta, solvedHumanCheck } from "@/tests/helpers/accounts";
import { callAction, outcome } from "@/tests/helpers/actions";

// Whether a phone has an account must not be learnt without passing the rate limit and the human check,
// and for registration not without the SMS code sent to that phone.
const send = (actor: Parameters<typeof callAction>[0], input: Record<string, unknown>, ip: string) =>
  callAction(actor, sendSmsCodeAction, [], input, meta(ip));

describe("account enumeration", () => {
  it("发送验证码 answers a registered phone like a new one, and only after the human check", async () => {
    const user = await createUser();
    const noCheck = await send(null, { phone: user.phone, purpose: "REGISTER", captcha: "x" }, "198.51.100.60");
    expect(noCheck).toMatchObject({ ok: false, fieldErrors: { captcha: "人机验证未通过，请重新验证" } });
    const registered = await send(null, { phone: user.phone, purpose: "REGISTER", captcha: await solvedHumanCheck() }, "198.51.100.60");
    const fresh = await send(null, { phone: freshPhone(), purpose: "REGISTER", captcha: await solvedHumanCheck() }, "198.51.100.60");
    expect(registered).toMatchObject({ ok: true, message: "验证码已发送，5分钟内有效" });
    expect(registered.ok && fresh.ok && registered.data).toEqual(fresh.ok && fresh.data);
  });

  it("修改手机号's code to a phone another account uses is answered like a free one", async () => {
    const user = await createUser();
    const other = await createUser();
    const taken = await send(actorOf(user), { phone: other.phone, purpose: "CHANGE_PHONE", captcha: await solvedHumanCheck() }, "198.51.100.61");
    expect(taken).toMatchObject({ ok: true, message: "验证码已发送，5分钟内有效" });
  });

  it("注册 says 该手机号已注册 only to someone who passed the human check and holds that phone's code", async () => {
    const existing = await createUser();
    const typed = { kind: "PERSONAL", name: "王强", phone: existing.phone, password: "Qinzhou#2026", agree: true };
    const noCheck = await outcome(registerAccount(registerSchema.parse({ ...typed, captcha: "x", smsCode: "123456" }), meta("198.51.100.62"), new Date()));
    expect(noCheck).toMatchObject({ ok: false, fieldErrors: { captcha: "人机验证未通过，请重新验证" } });
    const noCode = await outcome(registerAccount(registerSchema.parse({ ...typed, captcha: await solvedHumanCheck(), smsCode: "123456" }), meta("198.51.100.62"), new Date()));
    expect(noCode).toMatchObject({ ok: false, fieldErrors: { smsCode: "请先获取短信验证码" } });
    await issueSmsCode({ phone: existing.phone, purpose: "REGISTER", now: new Date(), code: "246810" });
    const holder = await outcome(registerAccount(registerSchema.parse({ ...typed, captcha: await solvedHumanCheck(), smsCode: "246810" }), meta("198.51.100.62"), new Date()));
    expect(holder).toMatchObject({ ok: false, fieldErrors: { phone: "该手机号已注册" } });
  });

  it("an unknown phone is locked after 5 failures with the same message as an account", async () => {
    const user = await createUser();
    const now = new Date();
    const fifth = async (phone: string) => {
      let last;
      for (let i = 1; i <= 5; i++) last = await passwordLogin({ phone, password: `Wrong@pass${i}`, captcha: await solvedHumanCheck() }, meta("198.51.100.63"), now);
      return last!;
    };
    const known = await fifth(user.phone);
    const unknown = await fifth(freshPhone());
    expect(known).toMatchObject({ ok: false, code: "locked" });
    expect(unknown).toMatchObject({ ok: false, code: "locked", message: !known.ok && known.message });
    expect(known.ok || known.message).not.toMatch(/账号/);
  });
});

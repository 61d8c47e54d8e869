import { describe, expect, it } from "vitest";
import { changePhone } from "@/lib/accounts/commands";
import { createSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { issueSmsCode } from "@/lib/services/sms/codes";
import { createUser, freshPhone, meta, PASSWORD, solvedHumanCheck } from "@/tests/helpers/accounts";
import { outcome } from "@/tests/helpers/actions";

// 修改手机号 takes over where an account's messages and logins go: it needs the current password, tells the
// old number, and ends every other session (a thief with one session must not keep the account).
describe("修改手机号 (fix 6)", () => {
  async function setup() {
    const user = await createUser();
    const here = await createSession(user.id, { now: new Date() });
    const elsewhere = await createSession(user.id, { now: new Date() });
    const actor = { id: user.id, role: user.role, institutionId: null, sessionId: here.id };
    const newPhone = freshPhone();
    await issueSmsCode({ phone: newPhone, purpose: "CHANGE_PHONE", now: new Date(), code: "135790" });
    return { user, here, elsewhere, actor, newPhone };
  }

  it("refuses a wrong current password beside the field and changes nothing", async () => {
    const { user, actor, newPhone } = await setup();
    const r = await outcome(changePhone(actor, { newPhone, password: "Wrong@pass1", captcha: await solvedHumanCheck(), smsCode: "135790" }, meta(), new Date()));
    expect(r).toMatchObject({ ok: false, fieldErrors: { password: "登录密码不正确" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe(user.phone);
  });

  it("with the password: moves the phone, sends a notice to the old number and ends the other sessions", async () => {
    const { user, here, elsewhere, actor, newPhone } = await setup();
    const r = await outcome(changePhone(actor, { newPhone, password: PASSWORD, captcha: await solvedHumanCheck(), smsCode: "135790" }, meta(), new Date()));
    expect(r).toMatchObject({ ok: true, data: { phone: newPhone } });
    const notice = await db.smsOutbox.findFirstOrThrow({ where: { phone: user.phone }, orderBy: { createdAt: "desc" } });
    expect(notice.content).toContain("手机号已修改");
    expect(notice.content).not.toContain(newPhone);
    expect((await db.session.findUniqueOrThrow({ where: { id: elsewhere.id } })).revokedAt).not.toBeNull();
    expect((await db.session.findUniqueOrThrow({ where: { id: here.id } })).revokedAt).toBeNull();
  });
});

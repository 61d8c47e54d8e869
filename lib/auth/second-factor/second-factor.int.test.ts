import { describe, expect, it } from "vitest";
import { passwordLogin } from "@/lib/auth/password-login";
import { validateSession } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { RefusedError } from "@/lib/domain/errors";
import { createUser, meta, PASSWORD, solvedHumanCheck } from "@/tests/helpers/accounts";
import { enrolmentSecretFor, enrolSecondFactor, pendingLogin, recoveryCodesFor, verifySecondFactor } from "./commands";
import { resetSecondFactor } from "./reset";
import { codeAt, TOTP_PERIOD_S } from "./totp";

async function login(phone: string, now: Date) {
  const result = await passwordLogin({ phone, password: PASSWORD, captcha: await solvedHumanCheck() }, meta(), now);
  if (!result.ok) throw new Error(result.message);
  return result.sessionId;
}

async function refusal(promise: Promise<unknown>): Promise<RefusedError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RefusedError);
  return error as RefusedError;
}

const later = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

async function enrolledStaff(now: Date) {
  const user = await createUser({ role: "STAFF" });
  const sid = await login(user.phone, now);
  await enrolSecondFactor(sid, { code: codeAt(enrolmentSecretFor(sid), now) }, meta(), now);
  return { user, sid, secret: enrolmentSecretFor(sid), codes: recoveryCodesFor(sid) };
}

describe("second factor for staff and 金融办", () => {
  it("a staff password login is not a usable session until the factor; a personal login is", async () => {
    const now = new Date();
    const staff = await createUser({ role: "STAFF" });
    const sid = await login(staff.phone, now);
    expect(await validateSession(sid, now)).toBeNull();
    expect(await pendingLogin(sid, now)).toMatchObject({ userId: staff.id, enrolled: false });

    const admin = await createUser({ role: "ADMIN" });
    expect(await validateSession(await login(admin.phone, now), now)).toBeNull();

    const person = await createUser();
    const personal = await login(person.phone, now);
    expect(await validateSession(personal, now)).not.toBeNull();
    expect(await pendingLogin(personal, now)).toBeNull();
  });

  it("enrols with the QR code's secret: a wrong code is refused, the right one stores the factor and hashed recovery codes", async () => {
    const now = new Date();
    const staff = await createUser({ role: "STAFF" });
    const sid = await login(staff.phone, now);
    const secret = enrolmentSecretFor(sid);
    expect(enrolmentSecretFor(sid)).toBe(secret); // the page shows the same QR code on every render

    const wrong = await refusal(enrolSecondFactor(sid, { code: "000000" === codeAt(secret, now) ? "111111" : "000000" }, meta(), now));
    expect(wrong.fieldErrors.code).toMatch(/动态验证码错误/);
    expect(await db.secondFactor.count({ where: { userId: staff.id } })).toBe(0);

    await enrolSecondFactor(sid, { code: codeAt(secret, now) }, meta(), now);
    expect(await validateSession(sid, now)).not.toBeNull();
    const factor = await db.secondFactor.findUniqueOrThrow({ where: { userId: staff.id } });
    expect(factor.secretEnc).not.toContain(secret);
    const stored = await db.recoveryCode.findMany({ where: { userId: staff.id } });
    expect(stored).toHaveLength(10);
    const codes = recoveryCodesFor(sid);
    expect(JSON.stringify(stored)).not.toContain(codes[0].replace(/-/g, ""));
    expect(await db.message.count({ where: { userId: staff.id, title: "已绑定身份验证器" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "auth.second_factor.enrolled", targetId: staff.id } })).toBe(1);
  });

  it("accepts each code once, then the next one; the session becomes usable", async () => {
    const now = new Date();
    const { user, secret } = await enrolledStaff(now);
    const sid = await login(user.phone, now);
    // The enrolment used this step's code: the same code is refused (replay)…
    const replay = await refusal(verifySecondFactor(sid, { code: codeAt(secret, now) }, meta(), now));
    expect(replay.fieldErrors.code).toMatch(/已使用/);
    expect(await validateSession(sid, now)).toBeNull();
    // …the next step's code completes the login.
    const next = later(now, TOTP_PERIOD_S);
    expect(await verifySecondFactor(sid, { code: codeAt(secret, next) }, meta(), next)).toMatchObject({ role: "STAFF" });
    expect(await validateSession(sid, next)).not.toBeNull();
    // A finished login cannot be "verified" again.
    await refusal(verifySecondFactor(sid, { code: codeAt(secret, later(next, TOTP_PERIOD_S)) }, meta(), later(next, TOTP_PERIOD_S)));
  });

  it("a recovery code logs in once and tells the user", async () => {
    const now = new Date();
    const { user, codes } = await enrolledStaff(now);
    const first = await login(user.phone, now);
    expect(await verifySecondFactor(first, { code: codes[3].toLowerCase() }, meta(), now)).toMatchObject({ usedRecoveryCode: true });
    expect(await validateSession(first, now)).not.toBeNull();
    expect(await db.message.count({ where: { userId: user.id, title: "恢复码已使用" } })).toBe(1);
    const second = await login(user.phone, now);
    await refusal(verifySecondFactor(second, { code: codes[3] }, meta(), now));
    expect(await validateSession(second, now)).toBeNull();
  });

  it("limits wrong codes per account: after 5, even the right code waits", async () => {
    const now = new Date();
    const { user, secret } = await enrolledStaff(now);
    const sid = await login(user.phone, now);
    const right = codeAt(secret, later(now, TOTP_PERIOD_S));
    const wrong = right === "123456" ? "654321" : "123456";
    for (let i = 0; i < 5; i++) await refusal(verifySecondFactor(sid, { code: wrong }, meta(), later(now, TOTP_PERIOD_S)));
    const blocked = await refusal(verifySecondFactor(sid, { code: right }, meta(), later(now, TOTP_PERIOD_S)));
    expect(blocked.message).toMatch(/次数过多/);
    expect(await validateSession(sid, later(now, TOTP_PERIOD_S))).toBeNull();
    expect(await db.auditLog.count({ where: { action: "auth.second_factor.failure", actorId: user.id } })).toBe(5);
  });

  it("the code step expires 10 minutes after the password", async () => {
    const now = new Date();
    const { user, secret } = await enrolledStaff(now);
    const sid = await login(user.phone, now);
    const late = later(now, 11 * 60);
    const error = await refusal(verifySecondFactor(sid, { code: codeAt(secret, late) }, meta(), late));
    expect(error.message).toMatch(/超时/);
  });

  it("a reset by 金融办 ends the sessions and the next login enrols again", async () => {
    const now = new Date();
    const { user, sid } = await enrolledStaff(now);
    expect(await resetSecondFactor(user.id, meta(), now, null)).toBe(true);
    expect(await validateSession(sid, now)).toBeNull();
    expect(await pendingLogin(await login(user.phone, now), now)).toMatchObject({ enrolled: false });
  });
});

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { withdrawApplication } from "@/lib/applications/actions";
import { validateSession, createSession } from "@/lib/auth/session";
import { RefusedError } from "@/lib/domain/errors";
import { createUser, PASSWORD } from "@/tests/helpers/accounts";
import { callAction, TEST_META } from "@/tests/helpers/actions";
import { actorOf, apply, createdId, makeInstitution, makeProduct, makeUser, personalForm } from "@/tests/helpers/application-fixtures";
import { cancelClosureAction, closeAccountAction, withdrawAuthorizationAction } from "./actions";
import { cancelAccountClosure, requestAccountClosure } from "./close-account";
import { closeDueAccounts, COOLING_OFF_DAYS, DELETED_NAME } from "./close-due";
import { authorizationStatus } from "./consent";
import { exportMyData } from "./export";

const days = (base: Date, n: number) => new Date(base.getTime() + n * 86_400_000);

async function applicantWithApplication() {
  const user = await createUser({ name: "王小明" });
  const actor = actorOf(user);
  const bank = await makeInstitution("BANK");
  const product = await makeProduct(bank, { category: "PERSONAL", maxAmount: 50, maxTermMonths: 36 });
  const form = personalForm();
  const applicationId = createdId(await apply(actor, product.id, form));
  return { user, actor, bank, applicationId, form };
}

describe("下载我的数据", () => {
  it("holds the account, the application with its decrypted fields, messages and consents — and nobody else's data", async () => {
    const { user, actor, applicationId, form } = await applicantWithApplication();
    const other = await applicantWithApplication();
    const data = await exportMyData(actor, TEST_META, new Date());
    expect(data.account.phone).toBe(user.phone);
    expect(data.applications.map((a) => a.id)).toEqual([applicationId]);
    expect(data.applications[0].idNumber).toBe(form.idNumber);
    expect(data.applications[0]).toMatchObject({ annualIncome: "18.5", currentLoanTotal: "3", hasEnforcement: false, hasOverdue: false });
    expect(JSON.stringify(data)).not.toMatch(/Enc"|v2:/); // decrypted, never the ciphertexts
    expect(data.messages.length).toBeGreaterThan(0);
    expect(data.consents.some((c) => c.agreement === "USER_AUTHORIZATION")).toBe(true);
    const text = JSON.stringify(data);
    expect(text).not.toContain(other.applicationId);
    expect(text).not.toContain(other.user.phone);
    expect(text).not.toContain("passwordHash");
    expect(text).not.toContain("$argon2");
    expect(await db.auditLog.count({ where: { action: "privacy.export", actorId: user.id } })).toBe(1);
  });
});

describe("撤回授权", () => {
  it("withdraws every acceptance of 《用户授权协议》 once, tells the user, and the next application asks again", async () => {
    const { user, actor } = await applicantWithApplication();
    expect((await authorizationStatus(user.id)).active).toBe(1);
    expect((await callAction(actor, withdrawAuthorizationAction, [], {})).ok).toBe(true);
    const status = await authorizationStatus(user.id);
    expect(status.active).toBe(0);
    expect(status.withdrawnAt).not.toBeNull();
    expect(await db.message.count({ where: { userId: user.id, title: "已撤回《用户授权协议》授权" } })).toBe(1);
    expect(await callAction(actor, withdrawAuthorizationAction, [], {})).toMatchObject({ ok: false });
    // A new application without the agreement is refused; with it, a new active consent exists.
    const bank = await makeInstitution("BANK");
    const product = await makeProduct(bank, { category: "PERSONAL", maxAmount: 50, maxTermMonths: 36 });
    const refused = await apply(actor, product.id, personalForm({ agreement: undefined }));
    expect(refused.ok).toBe(false);
    expect((await apply(actor, product.id, personalForm())).ok).toBe(true);
    expect((await authorizationStatus(user.id)).active).toBe(1);
  });
});

describe("注销账号", () => {
  it("needs the password and no application in progress; staff cannot close their own account", async () => {
    const { actor, applicationId } = await applicantWithApplication();
    const wrong = await callAction(actor, closeAccountAction, [], { password: "Wrong@pass1", confirm: "on" });
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { password: "登录密码不正确" } });
    const unconfirmed = await callAction(actor, closeAccountAction, [], { password: PASSWORD });
    expect(unconfirmed).toMatchObject({ ok: false, fieldErrors: { confirm: "请确认您已了解注销的后果" } });
    const busy = await callAction(actor, closeAccountAction, [], { password: PASSWORD, confirm: "on" });
    expect(busy.ok).toBe(false);
    expect(busy.message).toMatch(/1笔正在办理的贷款申请/);
    expect((await callAction(actor, withdrawApplication, [applicationId], { reason: "不需要了", confirm: "on" })).ok).toBe(true);
    expect((await callAction(actor, closeAccountAction, [], { password: PASSWORD, confirm: "on" })).ok).toBe(true);

    const staff = await makeUser("STAFF", { institutionId: (await makeInstitution("BANK")).id });
    expect(await callAction(actorOf(staff), closeAccountAction, [], { password: PASSWORD, confirm: "on" })).toMatchObject({ ok: false });
  });

  it("ends the other sessions, can be cancelled in the cooling-off period, and closes only after it", async () => {
    const user = await createUser({ name: "李明" });
    const now = new Date();
    const here = await createSession(user.id, { now });
    const elsewhere = await createSession(user.id, { now });
    const actor = { ...actorOf(user), sessionId: here.id };
    await requestAccountClosure(actor, { password: PASSWORD }, TEST_META, now);
    expect(await validateSession(here.id, now)).not.toBeNull();
    expect(await validateSession(elsewhere.id, now)).toBeNull();
    await expect(requestAccountClosure(actor, { password: PASSWORD }, TEST_META, now)).rejects.toBeInstanceOf(RefusedError);

    // (Other tests' accounts share the database: look at this one.)
    const deletedAt = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt;
    await cancelAccountClosure(actor, TEST_META, days(now, 3));
    await closeDueAccounts(days(now, COOLING_OFF_DAYS + 1));
    expect(await deletedAt()).toBeNull();
    expect((await callAction(actor, cancelClosureAction, [], {})).ok).toBe(false); // nothing to cancel

    const later = days(now, 4);
    await requestAccountClosure(actor, { password: PASSWORD }, TEST_META, later);
    await closeDueAccounts(days(later, COOLING_OFF_DAYS - 1));
    expect(await deletedAt()).toBeNull();
    await closeDueAccounts(days(later, COOLING_OFF_DAYS));
    expect(await deletedAt()).toEqual(days(later, COOLING_OFF_DAYS));
  });

  it("de-identifies: the application stays for the institution without the person; the phone registers again", async () => {
    const { user, actor, applicationId } = await applicantWithApplication();
    await db.personalCertification.create({ data: { userId: user.id, status: "VERIFIED", realName: "王小明", idNumberEnc: "x", idNumberHash: "y" } });
    await callAction(actor, withdrawApplication, [applicationId], { reason: "不需要了", confirm: "on" });
    const now = new Date();
    await requestAccountClosure(actor, { password: PASSWORD }, TEST_META, now);
    expect(await closeDueAccounts(days(now, COOLING_OFF_DAYS))).toBeGreaterThanOrEqual(1);

    const closed = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(closed).toMatchObject({ status: "DISABLED", name: null, passwordHash: null });
    expect(closed.phone).not.toBe(user.phone);
    expect(await db.personalCertification.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);

    const kept = await db.loanApplication.findUniqueOrThrow({ where: { id: applicationId } });
    expect(kept).toMatchObject({ applicantName: DELETED_NAME, idNumberEnc: null, applicantPhone: null, annualIncomeEnc: null, currentLoanTotalEnc: null, hasEnforcementEnc: null, hasOverdueEnc: null, status: "WITHDRAWN" });
    expect(Number(kept.amount)).toBe(20);
    expect(await db.applicationStatusChange.count({ where: { applicationId } })).toBeGreaterThan(0);

    // The phone is free: a new account can take it.
    const again = await createUser({ phone: user.phone });
    expect(again.id).not.toBe(user.id);
  });
});

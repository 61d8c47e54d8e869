import { beforeAll, describe, expect, it } from "vitest";
import { setOwnPasswordAction } from "@/lib/accounts/first-login-actions";
import { passwordLogin } from "@/lib/auth/password-login";
import { validateSession } from "@/lib/auth/session";
import { findPublicProduct } from "@/lib/catalogue/public-product";
import { db } from "@/lib/db";
import { callAction } from "@/tests/helpers/actions";
import { meta, solvedHumanCheck } from "@/tests/helpers/accounts";
import { actorOf, apply, createdId, makeInstitution, makeProduct, makeWorld, uniquePhone, type World } from "@/tests/helpers/application-fixtures";
import type { Actor } from "@/lib/domain/actor";
import {
  addInstitution, addStaff, changeInstitutionPublication, disableAccount, editInstitution, enableAccount, findAuditActor, resetStaff,
} from "./actions";
import { auditActorLabel, auditQuery, findAuditActorId, listAudit, parseAuditFilter, UNKNOWN_ACTOR_PHONE } from "./audit-queries";
import { getInstitutionForAdmin, listInstitutions, searchUsers } from "./queries";

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

const NOT_FOUND = "记录不存在或无权查看";
const institutionForm = (over: Record<string, unknown> = {}) => ({
  name: `天水测试银行${Math.random().toString(36).slice(2, 8)}`, type: "BANK", serviceRegions: ["QINZHOU", "MAIJI"],
  contactPhone: "0938-8211234", logoText: "测试", address: "秦州区民主西路1号", description: "测试机构介绍", ...over,
});

async function otpOf(phone: string): Promise<string> {
  const sms = await db.smsOutbox.findFirstOrThrow({ where: { phone }, orderBy: { createdAt: "desc" } });
  return /临时密码(\S+?)，/.exec(sms.content)![1];
}
const login = async (phone: string, password: string) => passwordLogin({ phone, password, captcha: await solvedHumanCheck() }, meta("198.51.100.40"), new Date());

describe("机构管理 and 用户管理 are for administrators only", () => {
  it("answers every action as a missing record to applicants and staff, changing nothing", async () => {
    const target = await makeInstitution();
    for (const actor of [w.personal, w.enterprise, w.staffA]) {
      expect(await callAction(actor, addInstitution, [], institutionForm())).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, editInstitution, [target.id], institutionForm())).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, changeInstitutionPublication, [target.id, "unpublish"], {})).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, addStaff, [target.id], { phone: uniquePhone(), name: "王五", staffRole: "MANAGER" })).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, resetStaff, [w.staffB.id], {})).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, disableAccount, [w.otherPersonal.id], { reason: "违规操作" })).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await callAction(actor, enableAccount, [w.otherPersonal.id], {})).toMatchObject({ ok: false, message: NOT_FOUND });
      expect(await getInstitutionForAdmin(actor, target.id)).toBeNull();
      expect((await searchUsers(actor, { page: 1 })).total).toBe(0);
      expect((await listInstitutions(actor, { page: 1 })).total).toBe(0);
    }
    expect(await db.institution.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({ status: "PUBLISHED", name: target.name });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.otherPersonal.id } })).status).toBe("ACTIVE");
  });

  it("never lets an administrator disable another administrator", async () => {
    expect(await callAction(w.admin, disableAccount, [w.admin.id], { reason: "测试停用" })).toMatchObject({ ok: false, message: "账号不存在或无权查看" });
  });
});

describe("institutions", () => {
  it("creates an unpublished institution, edits it with the change audited, publishes it", async () => {
    const form = institutionForm();
    const id = createdId(await callAction(w.admin, addInstitution, [], form));
    expect(await db.institution.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: form.name, status: "DRAFT", serviceRegions: ["QINZHOU", "MAIJI"] });
    expect(await callAction(w.admin, addInstitution, [], { ...form })).toMatchObject({ ok: false, fieldErrors: { name: "已有同名机构" } });
    expect(await callAction(w.admin, addInstitution, [], { ...form, name: "", serviceRegions: [] })).toMatchObject({
      ok: false, fieldErrors: { name: "请输入机构名称", serviceRegions: "请选择服务区域" },
    });

    expect((await callAction(w.admin, editInstitution, [id], { ...form, type: "MICRO_LOAN", contactPhone: "13912345678" })).ok).toBe(true);
    const edit = await db.auditLog.findFirstOrThrow({ where: { targetId: id, action: "institution.update" } });
    expect(edit).toMatchObject({ actorId: w.admin.id });
    expect(edit.detail).toEqual({ changed: { type: { from: "BANK", to: "MICRO_LOAN" }, contactPhone: { from: "0938-8211234", to: "13912345678" } } });

    expect((await callAction(w.admin, changeInstitutionPublication, [id, "publish"], {})).ok).toBe(true);
    expect(await callAction(w.admin, changeInstitutionPublication, [id, "publish"], {})).toMatchObject({ ok: false, message: "该机构已发布" });
    expect((await db.auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: "asc" } })).map((a) => a.action)).toEqual([
      "institution.create", "institution.update", "institution.publish",
    ]);
  });

  it("an unpublished institution's products leave the public catalogue and cannot be applied for", async () => {
    const bank = await makeInstitution("BANK");
    const product = await makeProduct(bank, { category: "PERSONAL", maxAmount: 50, maxTermMonths: 36 });
    expect(await findPublicProduct(product.id)).not.toBeNull();
    // 下架 asks for the ticked confirmation: without it nothing changes.
    expect(await callAction(w.admin, changeInstitutionPublication, [bank.id, "unpublish"], {})).toMatchObject({ ok: false, fieldErrors: { confirm: "请确认下架该机构" } });
    expect(await findPublicProduct(product.id)).not.toBeNull();
    expect((await callAction(w.admin, changeInstitutionPublication, [bank.id, "unpublish"], { confirm: "on" })).ok).toBe(true);
    expect(await findPublicProduct(product.id)).toBeNull();
    const refused = await apply(w.personal, product.id, {});
    expect(refused.ok).toBe(false);
    expect(await db.loanApplication.count({ where: { productId: product.id } })).toBe(0);
    expect((await callAction(w.admin, changeInstitutionPublication, [bank.id, "publish"], {})).ok).toBe(true);
    expect(await findPublicProduct(product.id)).not.toBeNull();
  });
});

describe("staff accounts", () => {
  it("sends a one-time password by SMS; the first login must set an own password", async () => {
    const phone = uniquePhone();
    const created = await callAction(w.admin, addStaff, [w.bankB.id], { phone, name: "新员工", staffRole: "MANAGER" });
    expect(created).toMatchObject({ ok: true, redirectedTo: `/admin/institutions/${w.bankB.id}?done=staff-created#staff` });
    const user = await db.user.findUniqueOrThrow({ where: { phone } });
    expect(user).toMatchObject({ role: "STAFF", staffRole: "MANAGER", institutionId: w.bankB.id, mustChangePassword: true });
    // The admin's view never carries the password: masked phone, no hash.
    const view = await getInstitutionForAdmin(w.admin, w.bankB.id);
    const listed = view!.staff.find((s) => s.id === user.id)!;
    expect(listed.phone).not.toBe(phone);
    expect(JSON.stringify(view)).not.toContain("argon2");
    expect(JSON.stringify(await db.auditLog.findMany({ where: { targetId: user.id } }))).not.toContain(await otpOf(phone));

    expect(await callAction(w.admin, addStaff, [w.bankB.id], { phone, name: "重复", staffRole: "CLERK" })).toMatchObject({ ok: false, fieldErrors: { phone: "该手机号已注册" } });

    const otp = await otpOf(phone);
    const first = await login(phone, otp);
    expect(first.ok).toBe(true);
    const actor: Actor = { ...actorOf(user), sessionId: first.ok ? first.sessionId : null };
    expect(await callAction(actor, setOwnPasswordAction, [], { newPassword: otp, confirmPassword: otp })).toMatchObject({
      ok: false, fieldErrors: { newPassword: "新密码不能与临时密码相同" },
    });
    const set = await callAction(actor, setOwnPasswordAction, [], { newPassword: "Maiji#2027a", confirmPassword: "Maiji#2027a" });
    expect(set).toMatchObject({ ok: true, redirectedTo: "/org?password=set" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(false);
    expect((await login(phone, "Maiji#2027a")).ok).toBe(true);
    expect((await login(phone, otp)).ok).toBe(false);
  });

  it("reset ends every session and sends a new one-time password; disable ends sessions at once and tells why at login", async () => {
    const phone = uniquePhone();
    await callAction(w.admin, addStaff, [w.bankA.id], { phone, name: "柜员甲", staffRole: "CLERK" });
    const user = await db.user.findUniqueOrThrow({ where: { phone } });
    const firstOtp = await otpOf(phone);
    const session = await login(phone, firstOtp);
    if (!session.ok) throw new Error("login failed");

    // 重置密码 asks for the ticked confirmation: without it the password and the session stay.
    expect(await callAction(w.admin, resetStaff, [user.id], {})).toMatchObject({ ok: false, fieldErrors: { confirm: "请确认重置该账号的密码" } });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.sessionId } })).revokedAt).toBeNull();
    expect(await otpOf(phone)).toBe(firstOtp);
    expect((await callAction(w.admin, resetStaff, [user.id], { confirm: "on" })).ok).toBe(true);
    expect(await validateSession(session.sessionId, new Date())).toBeNull();
    const secondOtp = await otpOf(phone);
    expect(secondOtp).not.toBe(firstOtp);
    const again = await login(phone, secondOtp);
    if (!again.ok) throw new Error("login failed");
    // A live session, its second factor still to come (staff sign in with TOTP: lib/auth/second-factor).
    expect((await db.session.findUniqueOrThrow({ where: { id: again.sessionId } })).revokedAt).toBeNull();

    expect(await callAction(w.admin, disableAccount, [user.id], { reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: "请输入停用原因" } });
    expect((await callAction(w.admin, disableAccount, [user.id], { reason: "已离职" })).ok).toBe(true);
    expect((await db.session.findUniqueOrThrow({ where: { id: again.sessionId } })).revokedAt).not.toBeNull();
    expect(await db.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await login(phone, secondOtp)).toMatchObject({ ok: false, code: "disabled", message: expect.stringContaining("已离职") });
    // A wrong password learns nothing of the account's state.
    expect(await login(phone, "Wrong#Pass123")).toMatchObject({ ok: false, code: "invalid" });
    expect(await callAction(w.admin, disableAccount, [user.id], { reason: "再次停用" })).toMatchObject({ ok: false, message: "该账号已停用" });

    expect((await callAction(w.admin, enableAccount, [user.id], {})).ok).toBe(true);
    expect((await login(phone, secondOtp)).ok).toBe(true);
    const actions = (await db.auditLog.findMany({ where: { targetId: user.id, actorId: w.admin.id }, orderBy: { createdAt: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["staff.create", "staff.password.reset", "account.disable", "account.enable"]);
    expect(await db.message.count({ where: { userId: user.id } })).toBe(3);
  });
});

describe("用户管理 search", () => {
  it("finds by phone or name and shows both masked", async () => {
    const found = await searchUsers(w.admin, { q: (await db.user.findUniqueOrThrow({ where: { id: w.otherPersonal.id } })).phone, page: 1 });
    expect(found.total).toBe(1);
    expect(found.items[0].phone).toMatch(/\*/);
    expect(found.items[0].name).not.toBe("赵六");
    const byName = await searchUsers(w.admin, { q: "赵六", page: 1 });
    expect(byName.items.map((u) => u.id)).toContain(w.otherPersonal.id);
    expect((await searchUsers(w.admin, { q: "金融办", page: 1 })).items.map((u) => u.id)).not.toContain(w.admin.id);
  });
});

describe("审计日志", () => {
  it("is for administrators only and filters by actor (the account's id) and action, phones masked", async () => {
    await callAction(w.admin, addInstitution, [], institutionForm());
    expect((await listAudit(w.staffA, {}, 1)).total).toBe(0);
    const phone = (await db.user.findUniqueOrThrow({ where: { id: w.admin.id } })).phone;
    const mine = await listAudit(w.admin, { actorId: w.admin.id, action: "institution." }, 1);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((r) => r.action.startsWith("institution."))).toBe(true);
    expect(mine.items[0].actor?.phone).not.toBe(phone);
    expect((await listAudit(w.admin, { actorId: w.admin.id, from: "2000-01-01", to: "2000-01-02" }, 1)).total).toBe(0);
  });

  it("操作人手机号 is posted and answered with a URL carrying the account's id, never the number; the other filters are kept", async () => {
    const target = await db.user.findUniqueOrThrow({ where: { id: w.staffA.id } });
    const found = await callAction(w.admin, findAuditActor, [], { actorPhone: target.phone, action: "institution.", from: "2026-01-01", to: "" });
    expect(found).toMatchObject({ ok: true, data: { id: target.id } });
    expect(found.redirectedTo).toBe(`/admin/audit?actor=${target.id}&action=institution.&from=2026-01-01`);
    expect(found.redirectedTo).not.toContain(target.phone);
    // The page's filter, its pagination and its export link read the id back; the label shows the number masked.
    const filter = parseAuditFilter(Object.fromEntries(new URL(found.redirectedTo!, "http://localhost").searchParams));
    expect(filter).toEqual({ actorId: target.id, action: "institution.", from: "2026-01-01", to: undefined });
    expect(auditQuery(filter, 2)).not.toContain(target.phone);
    const label = await auditActorLabel(w.admin, target.id);
    expect(label?.phone).toBe(`${target.phone.slice(0, 3)}****${target.phone.slice(7)}`);
    expect(await auditActorLabel(w.staffA, target.id)).toBeNull();
  });

  it("an unknown or malformed number is answered beside the field, as typed; nobody but an administrator may look one up", async () => {
    const unknown = `138${String(Date.now()).slice(-8)}`;
    const refused = await callAction(w.admin, findAuditActor, [], { actorPhone: unknown });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { actorPhone: UNKNOWN_ACTOR_PHONE }, values: { actorPhone: unknown }, redirectedTo: null });
    expect(await callAction(w.admin, findAuditActor, [], { actorPhone: "12345" })).toMatchObject({ ok: false, fieldErrors: { actorPhone: "请输入正确的11位手机号" }, values: { actorPhone: "12345" } });
    const phone = (await db.user.findUniqueOrThrow({ where: { id: w.admin.id } })).phone;
    for (const actor of [w.staffA, w.personal, w.enterprise]) {
      expect(await callAction(actor, findAuditActor, [], { actorPhone: phone })).toMatchObject({ ok: false, message: NOT_FOUND, redirectedTo: null });
      await expect(findAuditActorId(actor, phone)).rejects.toThrow(); // the command checks again
    }
    expect(await callAction(null, findAuditActor, [], { actorPhone: phone })).toMatchObject({ ok: false, redirectedTo: null });
  });
});

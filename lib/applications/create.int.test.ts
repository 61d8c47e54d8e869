import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { openApplicationFields } from "@/lib/applications/sensitive";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { checkProductEligibility } from "@/lib/applications/eligibility";
import { USER_AUTHORIZATION_VERSION } from "@/lib/agreements/user-authorization";
import { apply, enterpriseForm, formKey, makeWorld, personalForm, validIdNumber, type World } from "@/tests/helpers/application-fixtures";

const wrongCheckChar = (id: string) => id.slice(0, 17) + (id[17] === "1" ? "2" : "1");

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});

describe("立即申请: the personal form", () => {
  it("creates a 待受理 application with a number, encrypted 身份证号 and income, consent, history and a message", async () => {
    const idNumber = validIdNumber();
    const result = await apply(
      w.personal,
      w.personalProduct.id,
      personalForm({ idNumber: idNumber.toLowerCase(), annualIncome: "18.5" }),
      { ip: "10.0.0.8", userAgent: "vitest" },
    );
    expect(result.ok, JSON.stringify(result)).toBe(true);
    if (!result.ok) return;
    expect(result.data.number).toMatch(/^SQ\d{8}\d{6}$/);
    expect(result.redirectedTo).toBe(`/me/applications/${result.data.id}/submitted`);
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id: result.data.id }, include: { history: true } });
    expect(app).toMatchObject({
      status: "SUBMITTED", kind: "NORMAL", applicantType: "PERSONAL", applicantId: w.personal.id,
      institutionId: w.bankA.id, productId: w.personalProduct.id, termMonths: 12, purpose: "CONSUMPTION",
      applicantName: "王小明",
    });
    expect(app.idNumberEnc).not.toContain(idNumber.slice(0, 10));
    expect(app.annualIncomeEnc).not.toContain("18.5");
    // Every sensitive field encrypted with the active key and bound to this row.
    expect(openApplicationFields(app)).toEqual({ idNumber: idNumber.toUpperCase(), annualIncome: "18.5", currentLoanTotal: "3", hasEnforcement: false, hasOverdue: false });
    expect(app.currentLoanTotalEnc).toMatch(/^v2:k1:/);
    expect(() => decrypt(app.idNumberEnc!, column("LoanApplication", "idNumberEnc", "another-row"))).toThrow();
    expect(app.history).toHaveLength(1);
    expect(app.history[0]).toMatchObject({ fromStatus: null, toStatus: "SUBMITTED", actorId: w.personal.id });

    const consent = await db.consent.findFirstOrThrow({ where: { context: `application:${app.id}` } });
    expect(consent).toMatchObject({ userId: w.personal.id, agreement: "USER_AUTHORIZATION", version: USER_AUTHORIZATION_VERSION, ip: "10.0.0.8" });
    expect(consent.acceptedAt).toBeInstanceOf(Date);
    expect(await db.message.count({ where: { userId: w.personal.id, link: `/me/applications/${app.id}` } })).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { targetId: app.id, action: "application.create" } });
    expect(JSON.stringify(audit.detail)).not.toContain(idNumber);
  });

  it("numbers applications uniquely and in sequence", async () => {
    const a = await apply(w.personal, w.personalProduct.id, personalForm());
    const b = await apply(w.personal, w.personalProduct.id, personalForm());
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(Number(b.data.number.slice(-6))).toBe(Number(a.data.number.slice(-6)) + 1);
  });

  it.each([
    ["amount", { amount: "50.01" }, "不能超过50万"],
    ["amount", { amount: "0" }, "须大于0"],
    ["amount", { amount: "abc" }, "须为数字"],
    ["termMonths", { termMonths: "37" }, "不能超过36个月"],
    ["termMonths", { termMonths: "0" }, "至少1个月"],
    ["idNumber", { idNumber: wrongCheckChar(validIdNumber()) }, "校验位"],
    ["applicantPhone", { applicantPhone: "1381234567" }, "11位手机号"],
    ["purpose", { purpose: "" }, "贷款用途"],
    ["applicantName", { applicantName: "" }, "姓名"],
    ["agreement", { agreement: undefined }, "《用户授权协议》"],
    ["annualIncome", { annualIncome: "-3" }, "须为数字"],
  ])("refuses a bad %s (%j) and keeps the input", async (field, override, message) => {
    const before = await db.loanApplication.count();
    const form = personalForm(override);
    const result = await apply(w.personal, w.personalProduct.id, form);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toContain(message);
    expect(result.values?.applicantName).toBe(form.applicantName);
    expect(await db.loanApplication.count()).toBe(before);
  });

  it("accepts exactly the product's limits", async () => {
    const r = await apply(w.personal, w.personalProduct.id, personalForm({ amount: "50", termMonths: "36" }));
    expect(r.ok).toBe(true);
  });
});

describe("立即申请: the enterprise form", () => {
  it("creates an enterprise application routed to the product's institution", async () => {
    const r = await apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(app).toMatchObject({ applicantType: "ENTERPRISE", uscc: w.enterpriseUscc, institutionId: w.bankA.id, contactName: "李四" });
    expect(app.amount.toString()).toBe("200");
  });

  it.each([
    ["amount", { amount: "300.5" }, "不能超过300万"],
    ["termMonths", { termMonths: "13" }, "不能超过12个月"],
    ["uscc", { uscc: "91620502000000000X" }, "统一社会信用代码不正确"],
    ["enterpriseName", { enterpriseName: "" }, "企业名称"],
    ["contactPhone", { contactPhone: "02812345678" }, "11位手机号"],
  ])("refuses a bad %s", async (field, override, message) => {
    const r = await apply(w.enterprise, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc, override));
    expect(r.ok === false && r.fieldErrors?.[field]).toContain(message);
  });

  it("tells an account of the other kind why it cannot apply", async () => {
    const r1 = await apply(w.personal, w.enterpriseProduct.id, enterpriseForm(w.enterpriseUscc));
    expect(r1).toMatchObject({ ok: false, message: expect.stringContaining("企业类产品") });
    const r2 = await apply(w.enterprise, w.personalProduct.id, personalForm());
    expect(r2).toMatchObject({ ok: false, message: expect.stringContaining("个人类产品") });
    const r3 = await apply(w.staffA, w.personalProduct.id, personalForm());
    expect(r3).toMatchObject({ ok: false, message: expect.stringContaining("机构人员") });
    expect(await checkProductEligibility(w.admin, w.personalProduct)).toMatchObject({ code: "NOT_APPLICANT" });
  });

  it("answers not-found for an unknown or unpublished product", async () => {
    expect(await apply(w.personal, "no-such-product", personalForm())).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    await db.product.update({ where: { id: w.productB.id }, data: { status: "ARCHIVED" } });
    expect(await apply(w.enterprise, w.productB.id, enterpriseForm(w.enterpriseUscc))).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    await db.product.update({ where: { id: w.productB.id }, data: { status: "PUBLISHED" } });
    // A product of an unpublished institution: its page answers 404, so does the application.
    await db.institution.update({ where: { id: w.bankB.id }, data: { status: "ARCHIVED" } });
    expect(await apply(w.enterprise, w.productB.id, enterpriseForm(w.enterpriseUscc))).toMatchObject({ ok: false, message: "产品不存在或无权查看" });
    await db.institution.update({ where: { id: w.bankB.id }, data: { status: "PUBLISHED" } });
  });

  it("refuses a malformed product id before it reaches the database, keeping the input", async () => {
    const form = personalForm();
    const r = await apply(w.personal, "../../etc/passwd", form);
    expect(r).toMatchObject({ ok: false, message: "记录不存在或无权查看" });
    expect(r.ok === false && r.values.applicantName).toBe(form.applicantName);
  });
});

describe("one application per submitted form", () => {
  it("a resubmitted form returns the first application", async () => {
    const form = personalForm();
    const first = await apply(w.personal, w.personalProduct.id, form);
    const second = await apply(w.personal, w.personalProduct.id, form);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(second.data).toEqual(first.data);
    expect(await db.loanApplication.count({ where: { idempotencyKey: `${w.personal.id}:${form.idempotencyKey}` } })).toBe(1);
  });

  it("a double click (two submissions at once) creates one application", async () => {
    const form = enterpriseForm(w.enterpriseUscc);
    const before = await db.loanApplication.count({ where: { applicantId: w.enterprise.id } });
    const results = await Promise.all([1, 2, 3].map(() => apply(w.enterprise, w.enterpriseProduct.id, form)));
    expect(results.every((r) => r.ok)).toBe(true);
    const ids = new Set(results.map((r) => (r.ok ? r.data.id : "")));
    expect(ids.size).toBe(1);
    expect(await db.loanApplication.count({ where: { applicantId: w.enterprise.id } })).toBe(before + 1);
    const [id] = [...ids];
    expect(await db.applicationStatusChange.count({ where: { applicationId: id } })).toBe(1);
    expect(await db.consent.count({ where: { context: `application:${id}` } })).toBe(1);
  });

  it("the same key from another user is a different form", async () => {
    const key = formKey();
    const a = await apply(w.personal, w.personalProduct.id, personalForm({ idempotencyKey: key }));
    const b = await apply(w.otherPersonal, w.personalProduct.id, personalForm({ idempotencyKey: key }));
    expect(a.ok && b.ok && a.data.id !== b.data.id).toBe(true);
  });

  it("refuses a form without a valid key", async () => {
    const r = await apply(w.personal, w.personalProduct.id, personalForm({ idempotencyKey: "x" }));
    expect(r.ok === false && r.fieldErrors?.idempotencyKey).toBeTruthy();
  });
});

describe("首贷 gate", () => {
  it("lets a certified enterprise apply with the declaration, as a 首贷 application", async () => {
    const noDeclaration = await apply(w.enterprise, w.firstLoanProduct.id, enterpriseForm(w.enterpriseUscc, { amount: "80" }));
    expect(noDeclaration.ok === false && noDeclaration.fieldErrors?.firstLoanDeclared).toContain("本企业未在任何金融机构获取过贷款");
    const r = await apply(
      w.enterprise,
      w.firstLoanProduct.id,
      enterpriseForm(w.enterpriseUscc, { amount: "80", firstLoanDeclared: "on" }),
    );
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    const app = await db.loanApplication.findUniqueOrThrow({ where: { id: r.data.id } });
    expect(app).toMatchObject({ kind: "FIRST_LOAN", firstLoanDeclared: true });
  });

  it("requires the certified enterprise's own 统一社会信用代码", async () => {
    const r = await apply(
      w.enterprise,
      w.firstLoanProduct.id,
      enterpriseForm(w.uncertifiedUscc, { amount: "80", firstLoanDeclared: "on" }),
    );
    expect(r.ok === false && r.fieldErrors?.uscc).toContain("已认证");
  });

  it("refuses an uncertified enterprise and a personal account, pointing to 认证授权", async () => {
    const form = enterpriseForm(w.uncertifiedUscc, { amount: "80", firstLoanDeclared: "on" });
    const r1 = await apply(w.uncertified, w.firstLoanProduct.id, form);
    expect(r1).toMatchObject({ ok: false, message: expect.stringContaining("企业认证") });
    expect(await checkProductEligibility(w.uncertified, w.firstLoanProduct)).toMatchObject({
      code: "NOT_CERTIFIED",
      action: { href: "/me/certification" },
    });
    const r2 = await apply(w.personal, w.firstLoanProduct.id, form);
    expect(r2).toMatchObject({ ok: false, message: expect.stringContaining("企业账号") });
    expect(await db.loanApplication.count({ where: { productId: w.firstLoanProduct.id, applicantId: { in: [w.uncertified.id, w.personal.id] } } })).toBe(0);
  });

  it("stops applying once the certification is no longer verified", async () => {
    await db.enterpriseCertification.update({ where: { userId: w.enterprise.id }, data: { status: "FAILED" } });
    const r = await apply(w.enterprise, w.firstLoanProduct.id, enterpriseForm(w.enterpriseUscc, { amount: "80", firstLoanDeclared: "on" }));
    expect(r.ok).toBe(false);
    await db.enterpriseCertification.update({ where: { userId: w.enterprise.id }, data: { status: "VERIFIED" } });
  });
});

describe("application numbers", () => {
  it("skip numbers already used by imported data for the same day", async () => {
    const { shanghaiDateStamp } = await import("@/lib/applications/number");
    const day = `SQ${shanghaiDateStamp()}`;
    const taken = await db.loanApplication.findFirstOrThrow({ where: { applicantId: w.personal.id } });
    const counter = await db.numberSequence.findUniqueOrThrow({ where: { key: day } });
    // imported rows took the next three numbers of the day
    for (let i = 1; i <= 3; i++) {
      await db.loanApplication.create({
        data: {
          number: `${day}${String(counter.value + i).padStart(6, "0")}`, applicantId: w.personal.id, applicantType: "PERSONAL",
          amount: "1", termMonths: 1, institutionId: taken.institutionId,
        },
      });
    }
    const r = await apply(w.personal, w.personalProduct.id, personalForm());
    expect(r.ok && r.data.number).toBe(`${day}${String(counter.value + 4).padStart(6, "0")}`);
  });
});

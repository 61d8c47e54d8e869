import { describe, expect, it } from "vitest";
import { canTransition, staffActionsFor } from "@/lib/applications/status-machine";
import { bridgeSchema, enterpriseApplicationSchema, personalApplicationSchema, renewalSchema } from "@/lib/applications/schema";
import { todayInShanghai } from "@/lib/validation/fields";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { usccCheckChar } from "@/lib/validation/uscc";

const id17 = "62050219900307123";
const ID = id17 + idNumberCheckChar(id17);
const u17 = "91620502710000000";
const USCC = u17 + usccCheckChar(u17);
const KEY = "0f8b3c1e-6a2d-4f5e-9b7a-1c2d3e4f5a6b";
const limits = { maxAmount: 300, maxTermMonths: 12, isFirstLoan: false };

const personal = {
  amount: "300", termMonths: "12", purpose: "WORKING_CAPITAL", idNumber: ID, applicantName: "王小明",
  applicantPhone: "13912345678", agreement: true, idempotencyKey: KEY,
};

describe("product application schemas", () => {
  it("accept the limits and convert optional 有/无 and amounts", () => {
    const data = personalApplicationSchema(limits).parse({ ...personal, hasEnforcement: "yes", hasOverdue: "", annualIncome: "" });
    expect(data).toMatchObject({ amount: "300", termMonths: 12, hasEnforcement: true, hasOverdue: null, annualIncome: null, agreement: true });
    // an untouched radio group (react-hook-form gives null)
    expect(personalApplicationSchema(limits).parse({ ...personal, hasEnforcement: null }).hasEnforcement).toBeNull();
    expect(personalApplicationSchema(limits).safeParse({ ...personal, hasOverdue: "maybe" }).error?.issues[0].message).toBe("请选择“有”或“无”");
  });

  it("refuse amounts and terms above the product's limits with the limit in the message", () => {
    const r = personalApplicationSchema(limits).safeParse({ ...personal, amount: "300.01", termMonths: "13" });
    const messages = r.error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
    expect(messages).toContain("amount:申请金额不能超过300万");
    expect(messages).toContain("termMonths:申请期限不能超过12个月");
  });

  it("need the 用户授权协议 ticked (a checkbox's 'on' or true)", () => {
    expect(personalApplicationSchema(limits).safeParse({ ...personal, agreement: false }).success).toBe(false);
    expect(personalApplicationSchema(limits).safeParse({ ...personal, agreement: undefined }).success).toBe(false);
    expect(personalApplicationSchema(limits).safeParse({ ...personal, agreement: "on" }).success).toBe(true);
  });

  it("require the 首贷 declaration only on 首贷 products", () => {
    const form = { ...personal, enterpriseName: "天水示范科技有限公司", uscc: USCC, contactName: "李四", contactPhone: "13912345679" };
    expect(enterpriseApplicationSchema(limits).parse(form).firstLoanDeclared).toBe(false);
    const first = enterpriseApplicationSchema({ ...limits, isFirstLoan: true });
    expect(first.safeParse(form).error?.issues[0].path).toEqual(["firstLoanDeclared"]);
    expect(first.parse({ ...form, firstLoanDeclared: "on" }).firstLoanDeclared).toBe(true);
  });
});

describe("续贷 and 转贷 schemas", () => {
  const renewal = {
    amount: "300", termMonths: "12", dueDate: todayInShanghai(), loanMethod: "ANY", loanRate: "4.35", institutionId: "x",
    acceptOthers: "yes", region: "QINZHOU", enterpriseName: "天水示范科技有限公司", uscc: USCC, realName: "李四",
    gender: "MALE", phone: "13912345679", agreement: "on", idempotencyKey: KEY,
  };
  it("accept a due date of today and refuse one in the past", () => {
    expect(renewalSchema.parse(renewal).acceptOthers).toBe(true);
    expect(renewalSchema.safeParse({ ...renewal, dueDate: "2020-01-01" }).error?.issues[0].message).toBe("到期日不能早于今天");
    // A day that does not exist is refused, not rolled over to the next month.
    const nextYear = new Date().getUTCFullYear() + 1;
    expect(renewalSchema.safeParse({ ...renewal, dueDate: `${nextYear}-02-31` }).error?.issues[0].message).toBe("到期日不是有效日期");
    expect(renewalSchema.safeParse({ ...renewal, dueDate: `${nextYear}-04-31` }).error?.issues[0].message).toBe("到期日不是有效日期");
  });
  it("keep the bridge amount within the maturing loan", () => {
    const bridge = {
      enterpriseName: "天水示范科技有限公司", uscc: USCC, contactName: "李四", contactPhone: "13912345679", institutionId: "x",
      amount: "100", termMonths: "12", dueDate: todayInShanghai(), bridgeAmount: "100", bridgeDays: "30", agreement: "on", idempotencyKey: KEY,
    };
    expect(bridgeSchema.safeParse(bridge).success).toBe(true);
    expect(bridgeSchema.safeParse({ ...bridge, bridgeAmount: "100.01" }).error?.issues[0].path).toEqual(["bridgeAmount"]);
    expect(bridgeSchema.safeParse({ ...bridge, bridgeDays: "91" }).success).toBe(false);
  });
});

describe("status machine", () => {
  it("offers staff the actions of the current status", () => {
    expect(staffActionsFor("SUBMITTED")).toEqual(["ACCEPT", "REJECT", "RETURN"]);
    expect(staffActionsFor("ACCEPTED")).toEqual(["APPROVE", "REJECT", "RETURN"]);
    expect(staffActionsFor("APPROVED")).toEqual(["DISBURSE"]);
    for (const s of ["DISBURSED", "REJECTED", "RETURNED", "WITHDRAWN"] as const) expect(staffActionsFor(s)).toEqual([]);
  });
  it("lets the applicant withdraw only before 已授信", () => {
    expect(canTransition("WITHDRAW", "ACCEPTED")).toBe(true);
    expect(canTransition("WITHDRAW", "APPROVED")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { openApplicationFields, sealApplicationFields } from "./sensitive";

describe("the encrypted fields of an application", () => {
  it("round-trip in their own row, and 有 / 无 cannot be told apart by the ciphertext's length", () => {
    const yes = sealApplicationFields("capp1", { idNumber: "620502198503120517", annualIncome: "18.5", currentLoanTotal: "3", hasEnforcement: true, hasOverdue: false });
    expect(openApplicationFields({ id: "capp1", ...yes })).toEqual({ idNumber: "620502198503120517", annualIncome: "18.5", currentLoanTotal: "3", hasEnforcement: true, hasOverdue: false });
    expect(yes.hasEnforcementEnc!.length).toBe(yes.hasOverdueEnc!.length);
    expect(() => openApplicationFields({ id: "capp2", ...yes })).toThrow();
    const empty = sealApplicationFields("capp1", { annualIncome: null, currentLoanTotal: null, hasEnforcement: null, hasOverdue: null });
    expect(empty).toEqual({ annualIncomeEnc: null, currentLoanTotalEnc: null, hasEnforcementEnc: null, hasOverdueEnc: null });
    expect(openApplicationFields({ id: "capp1", ...empty })).toEqual({ idNumber: null, annualIncome: null, currentLoanTotal: null, hasEnforcement: null, hasOverdue: null });
  });
});

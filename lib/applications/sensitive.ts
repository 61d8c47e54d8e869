import { decrypt, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";

// The encrypted fields of a loan application (身份证号, 年收入, 目前贷款总额, 有无被执行, 逾期情况), each bound to
// the application's row (lib/crypto: a ciphertext copied to another row does not decrypt).
export interface SensitiveApplicationFields {
  idNumber?: string | null;
  annualIncome: string | null;
  currentLoanTotal: string | null;
  hasEnforcement: boolean | null;
  hasOverdue: boolean | null;
}

export interface SealedApplicationFields {
  idNumberEnc?: string | null;
  annualIncomeEnc: string | null;
  currentLoanTotalEnc: string | null;
  hasEnforcementEnc: string | null;
  hasOverdueEnc: string | null;
}

// 有 / 无 as one character each: GCM keeps the plaintext's length, so "true" / "false" would tell the answer.
const flag = (v: boolean | null) => (v === null ? null : v ? "1" : "0");

export function sealApplicationFields(applicationId: string, f: SensitiveApplicationFields): SealedApplicationFields {
  const seal = (name: "idNumberEnc" | "annualIncomeEnc" | "currentLoanTotalEnc" | "hasEnforcementEnc" | "hasOverdueEnc", v: string | null | undefined) =>
    v === null || v === undefined ? null : encrypt(v, column("LoanApplication", name, applicationId));
  const sealed: SealedApplicationFields = {
    annualIncomeEnc: seal("annualIncomeEnc", f.annualIncome),
    currentLoanTotalEnc: seal("currentLoanTotalEnc", f.currentLoanTotal),
    hasEnforcementEnc: seal("hasEnforcementEnc", flag(f.hasEnforcement)),
    hasOverdueEnc: seal("hasOverdueEnc", flag(f.hasOverdue)),
  };
  if (f.idNumber !== undefined) sealed.idNumberEnc = seal("idNumberEnc", f.idNumber);
  return sealed;
}

export interface OpenedApplicationFields {
  idNumber: string | null;
  annualIncome: string | null;
  currentLoanTotal: string | null;
  hasEnforcement: boolean | null;
  hasOverdue: boolean | null;
}

type Stored = { id: string } & Partial<Record<"idNumberEnc" | "annualIncomeEnc" | "currentLoanTotalEnc" | "hasEnforcementEnc" | "hasOverdueEnc", string | null>>;

export function openApplicationFields(a: Stored): OpenedApplicationFields {
  const open = (name: keyof Omit<Stored, "id">) => {
    const v = a[name];
    return v ? decrypt(v, column("LoanApplication", name, a.id)) : null;
  };
  const bool = (v: string | null) => (v === null ? null : v === "1");
  return {
    idNumber: open("idNumberEnc"),
    annualIncome: open("annualIncomeEnc"),
    currentLoanTotal: open("currentLoanTotalEnc"),
    hasEnforcement: bool(open("hasEnforcementEnc")),
    hasOverdue: bool(open("hasOverdueEnc")),
  };
}

/** The one encrypted field `name` of application `id` (e.g. the 身份证号 for a 信用报告). */
export function openApplicationField(id: string, name: "idNumberEnc", stored: string): string {
  return decrypt(stored, column("LoanApplication", name, id));
}

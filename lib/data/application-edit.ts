import "server-only";
import { db } from "@/lib/db";
import { decrypt } from "@/lib/crypto";
import type { Actor } from "@/lib/applications/actor";
import { applicantScope } from "@/lib/applications/scope";
import { applicationDetailSelect } from "./application-details";

const yesNo = (v: boolean | null) => (v === null ? "" : v ? "yes" : "no");
const str = (v: { toString(): string } | null | undefined) => (v === null || v === undefined ? "" : v.toString());

// A 退回补充 application of the user as form values, for 修改并重新提交. Decrypted for its owner only.
export async function getMyReturnedApplicationForm(actor: Actor, id: string) {
  const a = await db.loanApplication.findFirst({
    where: { AND: [{ id, status: "RETURNED" }, applicantScope(actor)] },
    select: { ...applicationDetailSelect, history: { where: { toStatus: "RETURNED" }, orderBy: { createdAt: "desc" }, take: 1, select: { comment: true } } },
  });
  if (!a) return null;
  const values: Record<string, string> = {
    amount: str(a.amount),
    termMonths: String(a.termMonths),
    agreement: "",
  };
  if (a.kind === "NORMAL" || a.kind === "FIRST_LOAN") {
    Object.assign(values, {
      purpose: a.purpose ?? "",
      applicantName: a.applicantName ?? "",
      idNumber: a.idNumberEnc ? decrypt(a.idNumberEnc) : "",
      applicantPhone: a.applicantPhone ?? "",
      enterpriseName: a.enterpriseName ?? "",
      uscc: a.uscc ?? "",
      contactName: a.contactName ?? "",
      contactPhone: a.contactPhone ?? "",
      annualIncome: a.annualIncomeEnc ? decrypt(a.annualIncomeEnc) : "",
      currentLoanTotal: str(a.currentLoanTotal),
      hasEnforcement: yesNo(a.hasEnforcement),
      hasOverdue: yesNo(a.hasOverdue),
    });
  } else {
    Object.assign(values, {
      dueDate: a.dueDate ? a.dueDate.toISOString().slice(0, 10) : "",
      institutionId: a.originalInstitutionId ?? "",
      enterpriseName: a.enterpriseName ?? "",
      uscc: a.uscc ?? "",
    });
    if (a.kind === "RENEWAL") {
      Object.assign(values, {
        loanMethod: a.loanMethod ?? "ANY",
        loanRate: a.loanRate ? String(Number(a.loanRate.toString())) : "",
        acceptOthers: a.acceptOtherInstitutions ? "yes" : "no",
        region: a.region ?? "",
        realName: a.contactName ?? "",
        gender: a.gender ?? "",
        phone: a.contactPhone ?? "",
      });
    } else {
      Object.assign(values, {
        contactName: a.contactName ?? "",
        contactPhone: a.contactPhone ?? "",
        bridgeAmount: str(a.bridgeAmount),
        bridgeDays: str(a.bridgeDays),
      });
    }
  }
  return { application: a, values, returnComment: a.history[0]?.comment ?? null };
}

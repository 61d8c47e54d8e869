import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind, ApplicationStatus, InstitutionType, Role } from "@/lib/generated/prisma/enums";
import { maskIdNumber, maskPhone } from "@/lib/mask";
import { DEMAND_METHODS, GENDERS, INSTITUTION_TYPES, LOAN_PURPOSES, REGIONS, labelOf } from "@/lib/reference";
import { KIND_LABELS } from "./records";
import { openApplicationFields } from "./sensitive";

// How applications are shown: the row of 申请记录 and of the console list, the submitted data as
// label/value pairs (masked unless the console reveals them), and the status history.

// The shape of an application row in 申请记录 and in the console list: plain strings, ready to render.
export const applicationRowSelect = {
  id: true,
  number: true,
  kind: true,
  status: true,
  amount: true,
  termMonths: true,
  purpose: true,
  submittedAt: true,
  approvedAmount: true,
  disbursedAmount: true,
  bridgeDays: true,
  enterpriseName: true,
  applicantName: true,
  acceptOtherInstitutions: true,
  product: { select: { id: true, name: true } },
  institution: { select: { name: true, type: true } },
  originalInstitution: { select: { name: true, type: true } },
} satisfies Prisma.LoanApplicationSelect;

type RowRecord = Prisma.LoanApplicationGetPayload<{ select: typeof applicationRowSelect }>;

export interface ApplicationRow {
  id: string;
  number: string;
  kind: ApplicationKind;
  kindLabel: string;
  status: ApplicationStatus;
  institutionName: string;
  institutionType: string;
  productName: string;
  amount: string;
  termMonths: number;
  submittedAt: Date;
  purpose: string;
  approvedAmount: string | null;
  disbursedAmount: string | null;
  applicantLabel: string;
  isOpenRenewal: boolean;
}

const typeLabel = (type: InstitutionType | undefined) => (type ? labelOf(INSTITUTION_TYPES, type) : "—");

export function purposeLabel(kind: ApplicationKind, purpose: RowRecord["purpose"]): string {
  if (purpose) return labelOf(LOAN_PURPOSES, purpose);
  if (kind === "RENEWAL") return "续贷";
  if (kind === "BRIDGE") return "转贷（过桥资金）";
  return "—";
}

export function toApplicationRow(r: RowRecord): ApplicationRow {
  const isOpenRenewal = r.kind === "RENEWAL" && r.institution === null;
  const inst = r.institution ?? r.originalInstitution;
  return {
    id: r.id,
    number: r.number,
    kind: r.kind,
    kindLabel: KIND_LABELS[r.kind],
    status: r.status,
    institutionName: isOpenRenewal ? `${inst?.name ?? "—"}（开放其他机构受理）` : (inst?.name ?? "—"),
    institutionType: typeLabel(inst?.type),
    productName: r.product?.name ?? KIND_LABELS[r.kind],
    amount: r.amount.toString(),
    termMonths: r.termMonths,
    submittedAt: r.submittedAt,
    purpose: purposeLabel(r.kind, r.purpose),
    approvedAmount: r.approvedAmount?.toString() ?? null,
    disbursedAmount: r.disbursedAmount?.toString() ?? null,
    applicantLabel: r.enterpriseName ?? r.applicantName ?? "—",
    isOpenRenewal,
  };
}

export const historySelect = {
  id: true,
  fromStatus: true,
  toStatus: true,
  actorRole: true,
  comment: true,
  amount: true,
  createdAt: true,
  actor: { select: { name: true, institution: { select: { name: true } } } },
} satisfies Prisma.ApplicationStatusChangeSelect;

export interface HistoryEntry {
  id: string;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  actorLabel: string;
  comment: string | null;
  amount: string | null;
  createdAt: Date;
}

const ROLE_LABELS: Record<Role, string> = { PERSONAL: "申请人", ENTERPRISE: "申请人", STAFF: "机构人员", ADMIN: "管理员" };

export function toHistoryEntry(
  h: Prisma.ApplicationStatusChangeGetPayload<{ select: typeof historySelect }>,
  showStaffNames: boolean,
): HistoryEntry {
  let actorLabel = h.actorRole ? ROLE_LABELS[h.actorRole] : "系统";
  if (h.actorRole === "STAFF") {
    const inst = h.actor?.institution?.name ?? "金融机构";
    actorLabel = showStaffNames && h.actor?.name ? `${inst} · ${h.actor.name}` : inst;
  } else if (h.actorRole === "PERSONAL" || h.actorRole === "ENTERPRISE") {
    actorLabel = showStaffNames ? "申请人" : "本人";
  }
  return {
    id: h.id,
    fromStatus: h.fromStatus,
    toStatus: h.toStatus,
    actorLabel,
    comment: h.comment,
    amount: h.amount?.toString() ?? null,
    createdAt: h.createdAt,
  };
}

export const applicationDetailSelect = {
  id: true, number: true, kind: true, status: true, applicantType: true, applicantId: true,
  amount: true, termMonths: true, purpose: true, applicantName: true, idNumberEnc: true, applicantPhone: true,
  enterpriseName: true, uscc: true, contactName: true, contactPhone: true, gender: true,
  annualIncomeEnc: true, currentLoanTotalEnc: true, hasEnforcementEnc: true, hasOverdueEnc: true, firstLoanDeclared: true,
  dueDate: true, loanMethod: true, loanRate: true, acceptOtherInstitutions: true, region: true,
  bridgeAmount: true, bridgeDays: true, approvedAmount: true, disbursedAmount: true, submittedAt: true,
  institutionId: true, originalInstitutionId: true, productId: true,
  product: { select: { id: true, name: true, maxAmount: true, maxTermMonths: true, category: true, isFirstLoan: true } },
  institution: { select: { name: true, type: true } },
  originalInstitution: { select: { name: true, type: true } },
} satisfies Prisma.LoanApplicationSelect;

export type ApplicationDetailRecord = Prisma.LoanApplicationGetPayload<{ select: typeof applicationDetailSelect }>;

export interface DetailField {
  label: string;
  value: string;
}

const yesNo = (v: boolean) => (v ? "有" : "无");
const wan = (v: { toString(): string } | null) => (v === null ? "未填写" : `${v.toString()}万`);
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "—");

// The submitted data as label/value pairs. `reveal` (console only, audit-logged by the caller) shows
// 身份证号, phone numbers, 年收入, 目前贷款总额, 有无被执行 and 逾期情况 in clear; otherwise they are masked.
export const MASKED_VALUE = "******（已加密保存）";

export function describeApplication(a: ApplicationDetailRecord, reveal: boolean): DetailField[] {
  const phone = (v: string | null) => (v ? (reveal ? v : maskPhone(v)) : "—");
  const secret = openApplicationFields(a);
  const hidden = <T,>(v: T | null, show: (v: T) => string) => (v === null ? "未填写" : reveal ? show(v) : MASKED_VALUE);
  const fields: DetailField[] = [
    { label: a.kind === "RENEWAL" || a.kind === "BRIDGE" ? "贷款金额" : "申请金额", value: `${a.amount.toString()}万` },
    { label: a.kind === "RENEWAL" || a.kind === "BRIDGE" ? "贷款期限" : "申请期限", value: `${a.termMonths}个月` },
  ];
  if (a.kind === "NORMAL" || a.kind === "FIRST_LOAN") fields.push({ label: "贷款用途", value: purposeLabel(a.kind, a.purpose) });
  if (a.applicantName) fields.push({ label: "申请人姓名", value: a.applicantName });
  if (secret.idNumber) fields.push({ label: "申请人身份证号", value: reveal ? secret.idNumber : maskIdNumber(secret.idNumber) });
  if (a.applicantPhone) fields.push({ label: "申请人手机号", value: phone(a.applicantPhone) });
  if (a.enterpriseName) fields.push({ label: "企业名称", value: a.enterpriseName });
  if (a.uscc) fields.push({ label: "统一社会信用代码", value: a.uscc });
  if (a.contactName) fields.push({ label: a.kind === "RENEWAL" ? "真实姓名" : "联系人姓名", value: a.contactName });
  if (a.gender) fields.push({ label: "性别", value: labelOf(GENDERS, a.gender) });
  if (a.contactPhone) fields.push({ label: a.kind === "RENEWAL" ? "联系电话" : "联系人手机号", value: phone(a.contactPhone) });
  if (a.kind === "NORMAL" || a.kind === "FIRST_LOAN") {
    fields.push(
      { label: "年收入", value: hidden(secret.annualIncome, (v) => `${v}万`) },
      { label: "目前贷款总额", value: hidden(secret.currentLoanTotal, (v) => `${v}万`) },
      { label: "当前有无被执行信息", value: hidden(secret.hasEnforcement, yesNo) },
      { label: "近两年银行逾期情况", value: hidden(secret.hasOverdue, yesNo) },
    );
  }
  if (a.kind === "FIRST_LOAN") fields.push({ label: "首贷声明", value: a.firstLoanDeclared ? "本企业未在任何金融机构获取过贷款" : "—" });
  if (a.kind === "RENEWAL" || a.kind === "BRIDGE") {
    fields.push({ label: "到期日", value: day(a.dueDate) });
    fields.push({ label: "贷款机构", value: a.originalInstitution?.name ?? "—" });
  }
  if (a.kind === "RENEWAL") {
    fields.push(
      { label: "融资方式", value: a.loanMethod ? labelOf(DEMAND_METHODS, a.loanMethod) : "不限" },
      { label: "贷款利率", value: a.loanRate ? `${Number(a.loanRate.toString())}%（年化）` : "—" },
      { label: "是否接受其他金融机构", value: a.acceptOtherInstitutions ? "是" : "否" },
      { label: "所属区域", value: a.region ? labelOf(REGIONS, a.region) : "—" },
    );
  }
  if (a.kind === "BRIDGE") {
    fields.push({ label: "转贷金额", value: wan(a.bridgeAmount) }, { label: "需用天数", value: `${a.bridgeDays ?? "—"}天` });
  }
  return fields;
}

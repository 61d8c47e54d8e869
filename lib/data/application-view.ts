import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationKind, ApplicationStatus, InstitutionType, Role } from "@/lib/generated/prisma/enums";
import { INSTITUTION_TYPES, LOAN_PURPOSES, labelOf } from "@/lib/reference";
import { KIND_LABELS } from "@/lib/applications/records";

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

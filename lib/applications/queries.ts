import "server-only";
import { randomUUID } from "node:crypto";
import { PUBLIC_PRODUCT } from "@/lib/catalogue/public-product";
import { decrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import type { Actor } from "@/lib/domain/actor";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import { applicantScope } from "./scope";
import { openApplicationFields } from "./sensitive";
import { applicationDetailSelect, applicationRowSelect, describeApplication, historySelect, toApplicationRow, toHistoryEntry } from "./view";

// 申请记录 and the 个人中心 overview: always scoped to the signed-in applicant.

export const STATUS_VALUES = Object.keys(APPLICATION_STATUS_LABELS) as ApplicationStatus[];

export function parseStatus(value: unknown): ApplicationStatus | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return STATUS_VALUES.includes(v as ApplicationStatus) ? (v as ApplicationStatus) : undefined;
}

export async function listMyApplications(actor: Actor, opts: { status?: ApplicationStatus; page: number }) {
  const where = { ...applicantScope(actor), ...(opts.status ? { status: opts.status } : {}) };
  const [rows, total] = await Promise.all([
    db.loanApplication.findMany({
      where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      select: applicationRowSelect,
      ...pageWindow(opts.page),
    }),
    db.loanApplication.count({ where }),
  ]);
  return toPage(rows.map(toApplicationRow), total, opts.page);
}

// One of the user's applications with its full history, sensitive fields masked. null = not theirs / none.
export async function getMyApplication(actor: Actor, id: string) {
  const record = await db.loanApplication.findFirst({
    where: { AND: [{ id }, applicantScope(actor)] },
    select: {
      ...applicationRowSelect,
      ...applicationDetailSelect,
      history: { select: historySelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    },
  });
  if (!record) return null;
  return {
    record,
    row: toApplicationRow(record),
    fields: describeApplication(record, false),
    history: record.history.map((h) => toHistoryEntry(h, false)),
  };
}

// The latest status changes come from the applicant's most recently changed applications: every
// change updates its application (updatedAt) in the same transaction, so the 5 latest changes lie in
// the 5 latest-updated applications. Two index reads, however many applications the user has
// (joining the history of all of them took seconds for a user with 36,000 in the bench).
const LATEST = 5;

export async function getMyOverview(actor: Actor) {
  const [groups, recent, unread] = await Promise.all([
    db.loanApplication.groupBy({ by: ["status"], where: applicantScope(actor), _count: { _all: true } }),
    db.loanApplication.findMany({
      where: applicantScope(actor),
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: LATEST,
      select: { id: true },
    }),
    db.message.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const latest = recent.length
    ? await db.applicationStatusChange.findMany({
        where: { applicationId: { in: recent.map((a) => a.id) } },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: LATEST,
        select: {
          ...historySelect,
          application: { select: { id: true, number: true, kind: true, product: { select: { name: true } } } },
        },
      })
    : [];
  const counts = Object.fromEntries(STATUS_VALUES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const g of groups) counts[g.status] = g._count._all;
  return {
    counts,
    total: Object.values(counts).reduce((a, b) => a + b, 0),
    unread,
    latest: latest.map((h) => ({ ...toHistoryEntry(h, false), application: h.application })),
  };
}

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
    const secret = openApplicationFields(a);
    Object.assign(values, {
      purpose: a.purpose ?? "",
      applicantName: a.applicantName ?? "",
      idNumber: secret.idNumber ?? "",
      applicantPhone: a.applicantPhone ?? "",
      enterpriseName: a.enterpriseName ?? "",
      uscc: a.uscc ?? "",
      contactName: a.contactName ?? "",
      contactPhone: a.contactPhone ?? "",
      annualIncome: secret.annualIncome ?? "",
      currentLoanTotal: secret.currentLoanTotal ?? "",
      hasEnforcement: yesNo(secret.hasEnforcement),
      hasOverdue: yesNo(secret.hasOverdue),
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

// What the 立即申请 page needs: the product's headline figures and the fields the account already knows.
export async function getApplyProduct(id: string) {
  const product = await db.product.findFirst({
    where: { id, ...PUBLIC_PRODUCT },
    select: {
      id: true, name: true, category: true, isFirstLoan: true, isRenewal: true, methods: true, minRate: true,
      maxAmount: true, maxTermMonths: true, highlights: true, institutionId: true,
      institution: { select: { id: true, name: true, type: true } },
    },
  });
  if (!product) return null;
  return {
    ...product,
    minRate: product.minRate.toString(),
    maxAmount: product.maxAmount.toString(),
  };
}

export type ApplyProductData = NonNullable<Awaited<ReturnType<typeof getApplyProduct>>>;

export function newFormKey(): string {
  return randomUUID();
}

// Prefill: name and phone of the account; for an enterprise its name and 统一社会信用代码; for a
// certified person the 身份证号 of the certification (shown only to its owner).
export async function knownApplicantFields(actor: Actor): Promise<Record<string, string>> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      name: true,
      phone: true,
      enterprise: { select: { name: true, uscc: true, region: true } },
      personalCertification: { select: { status: true, realName: true, idNumberEnc: true } },
    },
  });
  if (!user) return {};
  const cert = user.personalCertification?.status === "VERIFIED" ? user.personalCertification : null;
  const name = cert?.realName ?? user.name ?? "";
  const fields: Record<string, string> = {
    applicantName: name,
    applicantPhone: user.phone,
    contactName: user.name ?? "",
    contactPhone: user.phone,
    realName: user.name ?? "",
    phone: user.phone,
  };
  if (cert?.idNumberEnc) fields.idNumber = decrypt(cert.idNumberEnc, column("PersonalCertification", "idNumberEnc", actor.id));
  if (user.enterprise) {
    fields.enterpriseName = user.enterprise.name;
    fields.uscc = user.enterprise.uscc;
    if (user.enterprise.region) fields.region = user.enterprise.region;
  }
  return fields;
}

import { db } from "@/lib/db";
import { fail, fieldErrorsFrom, type ActionResult } from "@/lib/actions/result";
import type { InstitutionType } from "@/lib/generated/prisma/enums";
import { bridgeSchema, renewalSchema, type BridgeData, type RenewalData } from "@/lib/validation/renewals";
import type { Actor, RequestMeta } from "./actor";
import { checkEnterpriseService } from "./eligibility";
import { insertApplication, type CreatedApplication, type NewApplication } from "./insert";
import { echoValues, INVALID_FORM } from "./product-application";
import { KIND_LABELS } from "./records";

// Institutions that can hold the loan being renewed or bridged (贷款机构).
export const LENDER_TYPES: InstitutionType[] = ["BANK", "MICRO_LOAN"];
// Institutions that see open 续贷 (是否接受其他金融机构 = 是) and may take them.
export const OPEN_RENEWAL_TYPES: InstitutionType[] = ["BANK"];

export function listLenders() {
  return db.institution.findMany({
    where: { status: "PUBLISHED", type: { in: LENDER_TYPES } },
    orderBy: [{ sortWeight: "desc" }, { name: "asc" }],
    select: { id: true, name: true, type: true },
  });
}

async function isLender(institutionId: string): Promise<boolean> {
  const found = await db.institution.findFirst({
    where: { id: institutionId, status: "PUBLISHED", type: { in: LENDER_TYPES } },
    select: { id: true },
  });
  return !!found;
}

// The institution the admin designates for 转贷 (Institution.isBridgeLoanProvider).
export function findBridgeProvider() {
  return db.institution.findFirst({
    where: { isBridgeLoanProvider: true, status: "PUBLISHED" },
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, contactPhone: true },
  });
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function renewalFields(d: RenewalData): Omit<NewApplication, "kind" | "applicantType"> {
  return {
    amount: d.amount,
    termMonths: d.termMonths,
    dueDate: utcDate(d.dueDate),
    loanMethod: d.loanMethod === "ANY" ? null : d.loanMethod,
    loanRate: d.loanRate,
    originalInstitutionId: d.institutionId,
    acceptOtherInstitutions: d.acceptOthers,
    region: d.region,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    contactName: d.realName,
    gender: d.gender,
    contactPhone: d.phone,
  };
}

export function bridgeFields(d: BridgeData): Omit<NewApplication, "kind" | "applicantType" | "institutionId"> {
  return {
    amount: d.amount,
    termMonths: d.termMonths,
    dueDate: utcDate(d.dueDate),
    originalInstitutionId: d.institutionId,
    bridgeAmount: d.bridgeAmount,
    bridgeDays: d.bridgeDays,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
  };
}

// 续贷申请: goes to the chosen 贷款机构; with 是否接受其他金融机构 = 是 it stays open (no handling
// institution) until the first bank accepts it.
export async function createRenewalApplication(
  actor: Actor,
  raw: Record<string, unknown>,
  meta?: RequestMeta,
): Promise<ActionResult<CreatedApplication>> {
  const blocked = checkEnterpriseService(actor, "续贷");
  if (blocked) return fail(blocked.message, undefined, echoValues(raw));
  const parsed = renewalSchema.safeParse(raw);
  if (!parsed.success) return fail(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), echoValues(raw));
  const d = parsed.data;
  if (!(await isLender(d.institutionId))) return fail(INVALID_FORM, { institutionId: "请选择贷款机构" }, echoValues(raw));
  return insertApplication(
    actor,
    d.idempotencyKey,
    {
      ...renewalFields(d),
      kind: "RENEWAL",
      applicantType: "ENTERPRISE",
      institutionId: d.acceptOthers ? null : d.institutionId,
    },
    KIND_LABELS.RENEWAL,
    meta,
  );
}

// 转贷 (bridge funds): goes to the designated bridge-loan institution.
export async function createBridgeApplication(
  actor: Actor,
  raw: Record<string, unknown>,
  meta?: RequestMeta,
): Promise<ActionResult<CreatedApplication>> {
  const blocked = checkEnterpriseService(actor, "转贷");
  if (blocked) return fail(blocked.message, undefined, echoValues(raw));
  const parsed = bridgeSchema.safeParse(raw);
  if (!parsed.success) return fail(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), echoValues(raw));
  const d = parsed.data;
  if (!(await isLender(d.institutionId))) return fail(INVALID_FORM, { institutionId: "请选择贷款机构" }, echoValues(raw));
  const provider = await findBridgeProvider();
  if (!provider) return fail("转贷业务暂未开通，请联系平台工作人员。", undefined, echoValues(raw));
  return insertApplication(
    actor,
    d.idempotencyKey,
    { ...bridgeFields(d), kind: "BRIDGE", applicantType: "ENTERPRISE", institutionId: provider.id },
    KIND_LABELS.BRIDGE,
    meta,
  );
}

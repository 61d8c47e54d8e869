import { openApplicationField } from "@/lib/applications/sensitive";
import { db } from "@/lib/db";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import type { GovSubject } from "@/lib/services/gov-data/types";

// The one rule for pulling a 信用报告: a valid 《用户授权协议》 consent of that applicant, given for
// that application, and the institution the application was sent to. The consent's id is the
// authorisation reference every source request carries.

export const CREDIT_PURPOSE = "贷款审批";

// What a report is about: a loan application, or a 融资需求 an institution took up (docs/credit-report.md).
export interface CreditTarget {
  type: "application" | "demand";
  id: string;
  number: string;
  applicantId: string;
}

export interface PullAuthorization {
  target: CreditTarget;
  purpose: string;
  institutionId: string;
  consentId: string;
  authorizationRef: string;
  subject: GovSubject;
}

export const NO_CONSENT = "申请人未就本申请签署《用户授权协议》，不能查询信用报告。";
export const CONSENT_WITHDRAWN = "申请人已撤回《用户授权协议》授权，不能再查询信用报告；已生成的报告随申请保留。";

export function consentContext(applicationId: string): string {
  return `application:${applicationId}`;
}

// The consent a pull would rest on: the latest acceptance for this application by its applicant.
export async function currentConsent(application: { id: string; applicantId: string }) {
  return db.consent.findFirst({
    where: { userId: application.applicantId, agreement: "USER_AUTHORIZATION", context: consentContext(application.id) },
    orderBy: [{ acceptedAt: "desc" }, { id: "desc" }],
    select: { id: true, acceptedAt: true, withdrawnAt: true },
  });
}

export type ConsentState = "VALID" | "WITHDRAWN" | "MISSING";

export function consentState(consent: { withdrawnAt: Date | null } | null): ConsentState {
  if (!consent) return "MISSING";
  return consent.withdrawnAt ? "WITHDRAWN" : "VALID";
}

// `recipients`: the institutions the application was sent to (the caller decides them: the handling
// institution, or the staff scope for an open 续贷). Anything else is not found.
export async function authorizePull(applicationId: string, institutionId: string, mayReceive: (app: Recipient) => boolean): Promise<PullAuthorization> {
  const application = await db.loanApplication.findUnique({
    where: { id: applicationId },
    select: {
      id: true,
      number: true,
      applicantId: true,
      applicantType: true,
      uscc: true,
      idNumberEnc: true,
      institutionId: true,
      originalInstitutionId: true,
      kind: true,
    },
  });
  if (!application || !mayReceive({ ...application, requestedFor: institutionId })) throw new NotFoundError("申请");
  const consent = await currentConsent(application);
  const state = consentState(consent);
  if (state === "MISSING") throw new RefusedError(NO_CONSENT);
  if (state === "WITHDRAWN") throw new RefusedError(CONSENT_WITHDRAWN);
  const subject = subjectOf(application);
  if (!subject) throw new RefusedError("申请中没有可查询的统一社会信用代码或身份证号。");
  return {
    target: { type: "application", id: application.id, number: application.number, applicantId: application.applicantId },
    purpose: CREDIT_PURPOSE,
    institutionId,
    consentId: consent!.id,
    authorizationRef: `${application.number}-${consent!.id}`,
    subject,
  };
}

export interface Recipient {
  institutionId: string | null;
  originalInstitutionId: string | null;
  kind: string;
  requestedFor: string;
}

// The institution the application went to: its handling institution or, for an open 续贷 not yet
// taken, the 贷款机构 it names.
export function sentTo(app: Recipient): boolean {
  return (app.institutionId ?? app.originalInstitutionId) === app.requestedFor;
}

export function subjectOf(app: { id: string; applicantType: string; uscc: string | null; idNumberEnc: string | null }): GovSubject | null {
  if (app.applicantType === "ENTERPRISE") return app.uscc ? { type: "ENTERPRISE", uscc: app.uscc } : null;
  return app.idNumberEnc ? { type: "PERSON", idNumber: openApplicationField(app.id, "idNumberEnc", app.idNumberEnc) } : null;
}

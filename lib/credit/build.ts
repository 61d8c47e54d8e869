import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { notify } from "@/lib/messages/notify";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreditReportTrigger } from "@/lib/generated/prisma/enums";
import { collectSources, isPartial } from "@/lib/services/gov-data/collect";
import { GOV_SOURCE_KINDS, type GovSources } from "@/lib/services/gov-data/types";
import type { CreditTarget, PullAuthorization } from "./authorization";
import { gradeReport } from "./grade";
import { platformRecordOf } from "./platform-record";
import type { StoredSources } from "./types";

export interface BuildOptions {
  sources: GovSources;
  timeoutMs: number;
  now?: Date;
}

export interface BuiltReport {
  id: string;
  partial: boolean;
  grade: string;
  score: number;
}

// Pulls every source under the authorisation, grades the answers and stores one immutable snapshot
// with the log of each source request (carrying the authorisation reference) and the audit entry.
export async function buildCreditReport(
  auth: PullAuthorization,
  trigger: CreditReportTrigger,
  requestedBy: Actor | null,
  options: BuildOptions,
  meta?: RequestMeta,
): Promise<BuiltReport> {
  const now = options.now ?? new Date();
  const results = await collectSources(options.sources, { subject: auth.subject, purpose: auth.purpose, authorizationRef: auth.authorizationRef }, options.timeoutMs);
  const grade = gradeReport(results, now);
  const partial = isPartial(results);
  const t = auth.target;
  const platformRecord = await platformRecordOf(t.applicantId, auth.institutionId, t.type === "application" ? t.id : null);
  const link = linkOf(t);
  const stored: StoredSources = { results, gradeItems: grade.items };

  return db.$transaction(async (tx) => {
    const report = await tx.creditReport.create({
      data: {
        ...link,
        institutionId: auth.institutionId,
        consentId: auth.consentId,
        authorizationRef: auth.authorizationRef,
        trigger,
        requestedById: requestedBy?.id ?? null,
        partial,
        score: grade.score,
        grade: grade.grade,
        sources: stored as unknown as Prisma.InputJsonValue,
        platformRecord: platformRecord as unknown as Prisma.InputJsonValue,
      },
      select: { id: true, partial: true, grade: true, score: true },
    });
    await tx.govDataRequest.createMany({
      data: GOV_SOURCE_KINDS.map((k) => {
        const r = results[k];
        return {
          id: r.requestId,
          reportId: report.id,
          ...link,
          institutionId: auth.institutionId,
          source: k,
          driver: r.driver,
          purpose: auth.purpose,
          authorizationRef: auth.authorizationRef,
          outcome: r.status === "UNAVAILABLE" ? r.reason : r.status,
          durationMs: r.durationMs,
          error: r.status === "UNAVAILABLE" ? r.error : null,
        };
      }),
    });
    await audit(
      {
        action: "credit_report.pull",
        actorId: requestedBy?.id ?? null,
        targetType: AUDIT_TARGET[t.type],
        targetId: t.id,
        meta,
        detail: { number: t.number, reportId: report.id, trigger, authorizationRef: auth.authorizationRef, partial },
      },
      tx,
    );
    // The applicant learns of every pull an institution asks for (PIPL transparency); the one on
    // submission is part of the submission they just made.
    if (trigger === "REFRESH") await notify({ ...pullMessage(t), userId: t.applicantId }, tx);
    return report;
  });
}

// The audit target of a report's pulls and views.
export const AUDIT_TARGET = { application: "LoanApplication", demand: "FinancingDemand" } as const;

function linkOf(t: CreditTarget): { applicationId: string | null; demandId: string | null } {
  return t.type === "application" ? { applicationId: t.id, demandId: null } : { applicationId: null, demandId: t.id };
}

function pullMessage(t: CreditTarget): { title: string; body: string; link: string } {
  if (t.type === "demand") {
    return {
      title: "金融机构查询了您的信用报告",
      body: `对接您融资需求（编号 ${t.number}）的金融机构依据您的《用户授权协议》授权查询了信用报告。`,
      link: `/me/demands/${t.id}/credit-report`,
    };
  }
  return {
    title: "金融机构更新了您的信用报告",
    body: `受理您申请（编号 ${t.number}）的金融机构依据您的《用户授权协议》授权重新查询了信用报告。`,
    link: `/me/applications/${t.id}/credit-report`,
  };
}

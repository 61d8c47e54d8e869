import "server-only";
import { staffApplicationScope } from "@/lib/applications/scope";
import { applicantScope } from "@/lib/applications/scope";
import { db } from "@/lib/db";
import { isStaff, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { formatDateTime } from "@/lib/format";
import { maskName } from "@/lib/mask";
import { consentState, currentConsent, type ConsentState } from "./authorization";
import { toReportView, type CreditReportView } from "./view";

// Reads of 信用报告 snapshots, always scoped by the actor: staff see the snapshots pulled for their
// own institution of an application they may see; the applicant sees every snapshot about their own
// application and who viewed them. Anything else is null (the not-found page).

const SNAPSHOTS = 20;
const VIEWS = 50;

const reportSelect = {
  id: true,
  createdAt: true,
  trigger: true,
  partial: true,
  score: true,
  grade: true,
  sources: true,
  platformRecord: true,
  authorizationRef: true,
  consentId: true,
  institution: { select: { name: true } },
} as const;

export interface SnapshotEntry {
  id: string;
  createdAt: string;
  gradeLabel: string;
  partial: boolean;
  institution: string;
}

export interface CreditReportPage {
  consent: ConsentState;
  snapshots: SnapshotEntry[];
  // retained: the consent the snapshot was pulled under has since been withdrawn — it stays only as
  // the institution's legal record (授权已撤回，本报告仅作为机构依法留存).
  report: (CreditReportView & { institution: string; retained: boolean }) | null;
}

type ConsentRow = { withdrawnAt: Date | null } | null;

export async function pageOf(
  where: { applicationId?: string; demandId?: string; institutionId?: string },
  consent: Promise<ConsentRow>,
  reportId?: string,
): Promise<CreditReportPage> {
  const [list, current] = await Promise.all([
    db.creditReport.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: SNAPSHOTS, select: reportSelect }),
    consent,
  ]);
  const chosen = (reportId && list.find((r) => r.id === reportId)) || list[0];
  const ownConsent = chosen ? await db.consent.findUnique({ where: { id: chosen.consentId }, select: { withdrawnAt: true } }) : null;
  return {
    consent: consentState(current),
    snapshots: list.map((r) => {
      const v = toReportView(r);
      return { id: r.id, createdAt: v.createdAt, gradeLabel: v.gradeLabel, partial: r.partial, institution: r.institution.name };
    }),
    report: chosen ? { ...toReportView(chosen), institution: chosen.institution.name, retained: !!ownConsent?.withdrawnAt } : null,
  };
}

export async function getStaffCreditReport(actor: Actor, applicationId: string, reportId?: string): Promise<CreditReportPage | null> {
  if (!isStaff(actor)) return null;
  const app = await db.loanApplication.findFirst({
    where: { AND: [{ id: applicationId }, await staffApplicationScope(actor)] },
    select: { id: true, applicantId: true },
  });
  if (!app) return null;
  return pageOf({ applicationId, institutionId: actor.institutionId }, currentConsent(app), reportId);
}

// Every view of a report by staff is audited; the applicant sees these rows.
export async function recordCreditView(actor: Actor, applicationId: string, reportId: string, meta?: RequestMeta): Promise<void> {
  await audit({ action: "credit_report.view", actorId: actor.id, targetType: "LoanApplication", targetId: applicationId, meta, detail: { reportId } });
}

export interface CreditViewEntry {
  at: string;
  institution: string;
  viewer: string;
}

export async function getMyCreditReport(
  actor: Actor,
  applicationId: string,
  reportId?: string,
): Promise<(CreditReportPage & { number: string; views: CreditViewEntry[] }) | null> {
  const app = await db.loanApplication.findFirst({
    where: { AND: [{ id: applicationId }, applicantScope(actor)] },
    select: { id: true, applicantId: true, number: true },
  });
  if (!app) return null;
  const [page, views] = await Promise.all([
    pageOf({ applicationId }, currentConsent(app), reportId),
    viewsOf("LoanApplication", applicationId),
  ]);
  return { ...page, number: app.number, views };
}

// Who viewed the reports about one application or demand, for its owner.
export async function viewsOf(targetType: "LoanApplication" | "FinancingDemand", targetId: string): Promise<CreditViewEntry[]> {
  const views = await db.auditLog.findMany({
    where: { targetType, targetId, action: "credit_report.view" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: VIEWS,
    select: { createdAt: true, actor: { select: { name: true, institution: { select: { name: true } } } } },
  });
  return views.map((v) => ({
    at: formatDateTime(v.createdAt),
    institution: v.actor?.institution?.name ?? "—",
    viewer: v.actor?.name ? `工作人员 ${maskName(v.actor.name)}` : "工作人员",
  }));
}

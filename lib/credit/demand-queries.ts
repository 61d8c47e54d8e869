import "server-only";
import { db } from "@/lib/db";
import { isStaff, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { consentState, type ConsentState } from "./authorization";
import { currentDemandConsent } from "./demand-authorization";
import { pageOf, viewsOf, type CreditReportPage, type CreditViewEntry } from "./queries";

// Reads of the 信用报告 of a 融资需求: the institution that took it up sees the snapshots pulled for it
// (any other institution: null, the not-found page); the owner sees all of them and who viewed them.

export async function getStaffDemandCreditReport(actor: Actor, demandId: string, reportId?: string): Promise<(CreditReportPage & { canPull: boolean }) | null> {
  if (!isStaff(actor)) return null;
  const demand = await db.financingDemand.findFirst({ where: { id: demandId, takenByInstitutionId: actor.institutionId }, select: { id: true, userId: true, status: true } });
  if (!demand) return null;
  const page = await pageOf({ demandId, institutionId: actor.institutionId }, currentDemandConsent(demand, actor.institutionId), reportId);
  return { ...page, canPull: demand.status === "IN_PROGRESS" && page.consent === "VALID" };
}

export async function recordDemandCreditView(actor: Actor, demandId: string, reportId: string, meta?: RequestMeta): Promise<void> {
  await audit({ action: "credit_report.view", actorId: actor.id, targetType: "FinancingDemand", targetId: demandId, meta, detail: { reportId } });
}

export interface DemandAuthorizationStatus {
  institution: string;
  state: ConsentState;
  acceptedAt: Date | null;
  canAuthorize: boolean; // 对接中 and no valid 授权 for the institution handling it
  reports: number;
}

// 我的需求: the 授权 of the institution handling the demand (null before anyone took it up).
export async function getMyDemandAuthorization(actor: Actor, demandId: string): Promise<DemandAuthorizationStatus | null> {
  const demand = await db.financingDemand.findFirst({
    where: { id: demandId, userId: actor.id },
    select: { id: true, userId: true, status: true, takenByInstitutionId: true, takenBy: { select: { name: true } } },
  });
  if (!demand?.takenByInstitutionId) return null;
  const [consent, reports] = await Promise.all([
    currentDemandConsent(demand, demand.takenByInstitutionId),
    db.creditReport.count({ where: { demandId } }),
  ]);
  const state = consentState(consent);
  return {
    institution: demand.takenBy?.name ?? "—",
    state,
    acceptedAt: consent?.acceptedAt ?? null,
    canAuthorize: demand.status === "IN_PROGRESS" && state !== "VALID",
    reports,
  };
}

export async function getMyDemandCreditReport(
  actor: Actor,
  demandId: string,
  reportId?: string,
): Promise<(CreditReportPage & { number: string; views: CreditViewEntry[] }) | null> {
  const demand = await db.financingDemand.findFirst({ where: { id: demandId, userId: actor.id }, select: { id: true, userId: true, number: true, takenByInstitutionId: true } });
  if (!demand) return null;
  const consent = demand.takenByInstitutionId ? currentDemandConsent(demand, demand.takenByInstitutionId) : Promise.resolve(null);
  const [page, views] = await Promise.all([pageOf({ demandId }, consent, reportId), viewsOf("FinancingDemand", demandId)]);
  return { ...page, number: demand.number, views };
}

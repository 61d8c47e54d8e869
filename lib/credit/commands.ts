import { staffApplicationScope } from "@/lib/applications/scope";
import { db } from "@/lib/db";
import { isStaff, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { govSources, govTimeoutFromEnv } from "@/lib/services/gov-data";
import { authorizePull, sentTo } from "./authorization";
import { buildCreditReport, type BuildOptions, type BuiltReport } from "./build";
import { authorizeDemandPull } from "./demand-authorization";

// Pulling a 信用报告: once after submission (for the institution the application was sent to) and
// on the staff's 刷新 while the consent stands.

export const REFRESH_INTERVAL_MS = 60_000;

function defaultOptions(): BuildOptions {
  return { sources: govSources(), timeoutMs: govTimeoutFromEnv() };
}

// After a submission or resubmission: one snapshot per consent (a replayed form builds nothing new).
// Never throws: the submission has already succeeded and a missing report can be pulled with 刷新.
export async function buildOnSubmission(applicationId: string, options: BuildOptions = defaultOptions()): Promise<BuiltReport | null> {
  try {
    const app = await db.loanApplication.findUnique({ where: { id: applicationId }, select: { institutionId: true, originalInstitutionId: true } });
    const recipient = app?.institutionId ?? app?.originalInstitutionId;
    if (!recipient) return null;
    const auth = await authorizePull(applicationId, recipient, sentTo);
    const existing = await db.creditReport.findFirst({ where: { applicationId, consentId: auth.consentId, trigger: "SUBMISSION" }, select: { id: true } });
    if (existing) return null;
    return await buildCreditReport(auth, "SUBMISSION", null, options);
  } catch (error) {
    console.error(`[credit] report on submission of ${applicationId} not built: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}

// 刷新 by the staff of an institution that may see the application (else not found).
export async function refreshCreditReport(
  actor: Actor,
  applicationId: string,
  meta?: RequestMeta,
  options: BuildOptions = defaultOptions(),
): Promise<BuiltReport> {
  if (!isStaff(actor)) throw new NotFoundError("申请");
  const visible = await db.loanApplication.findFirst({ where: { AND: [{ id: applicationId }, await staffApplicationScope(actor)] }, select: { id: true } });
  if (!visible) throw new NotFoundError("申请");
  const auth = await authorizePull(applicationId, actor.institutionId, () => true);
  const latest = await db.creditReport.findFirst({
    where: { applicationId, institutionId: actor.institutionId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  // Each pull reaches government services and is seen by the applicant: not more than once a minute.
  if (latest && Date.now() - latest.createdAt.getTime() < REFRESH_INTERVAL_MS) throw new RefusedError("信用报告刚刚已更新，请1分钟后再刷新。");
  return buildCreditReport(auth, "REFRESH", actor, options, meta);
}

// 查询/刷新 on the console's demand page by the institution that took the demand up (else not found),
// while the user's 授权 for it stands; the same once-a-minute limit.
export async function refreshDemandCreditReport(actor: Actor, demandId: string, meta?: RequestMeta, options: BuildOptions = defaultOptions()): Promise<BuiltReport> {
  if (!isStaff(actor)) throw new NotFoundError("需求");
  const auth = await authorizeDemandPull(demandId, actor.institutionId);
  const latest = await db.creditReport.findFirst({ where: { demandId, institutionId: actor.institutionId }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (latest && Date.now() - latest.createdAt.getTime() < REFRESH_INTERVAL_MS) throw new RefusedError("信用报告刚刚已更新，请1分钟后再刷新。");
  return buildCreditReport(auth, "REFRESH", actor, options, meta);
}

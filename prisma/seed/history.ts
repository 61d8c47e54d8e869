// Step: historical loan applications with their full status history, and financing demands,
// owned by the synthetic applicants (never by the demo accounts).
import { sealApplicationFields } from "@/lib/applications/sensitive";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus, DemandMethod, DemandStatus } from "@/lib/generated/prisma/enums";
import { responseDeadline } from "@/lib/demands/deadline";
import { staffPhone } from "./accounts";
import { planApplications, type PlannedApplication } from "./history-applications";
import { DEMAND_PURPOSES, HISTORY_TARGETS, OTHER_DEMANDS, REJECT_REASONS, RETURN_REASONS } from "./history-plan";
import { INSTITUTIONS } from "./institution-data";
import { APPLICANTS, type Applicant } from "./people";
import { productKey } from "./products";
import { DAY_MS, type Db, institutionIdsByName, report, rng, seedId, userIdsByPhone, ymd } from "./util";

const at = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);

function comment(app: PlannedApplication, to: ApplicationStatus, r: ReturnType<typeof rng>): string {
  switch (to) {
    case "SUBMITTED": return app.kind === "BRIDGE" ? "提交转贷申请" : app.kind === "RENEWAL" ? "提交续贷申请" : "提交贷款申请";
    case "ACCEPTED": return "已受理，客户经理将在3个工作日内与您联系";
    case "APPROVED": return `审批通过，授信额度${app.approvedAmount}万元`;
    case "DISBURSED": return app.kind === "BRIDGE" ? `转贷资金已划付，金额${app.disbursedAmount}万元` : `贷款已发放，放款金额${app.disbursedAmount}万元`;
    case "REJECTED": return r.pick(REJECT_REASONS);
    case "RETURNED": return r.pick(RETURN_REASONS);
    case "WITHDRAWN": return "资金需求已通过其他渠道解决，撤回申请";
  }
}

// The times 监管统计 reads, as transitionApplication sets them: the first staff answer, 授信, 放款.
function statisticsTimes(path: ApplicationStatus[], times: Date[]) {
  const when = (statuses: ApplicationStatus[]) => {
    const k = path.findIndex((s) => statuses.includes(s));
    return k < 0 ? null : times[k];
  };
  return { firstRespondedAt: when(["ACCEPTED", "REJECTED", "RETURNED"]), approvedAt: when(["APPROVED"]), disbursedAt: when(["DISBURSED"]) };
}

export async function seedHistory(db: Db): Promise<void> {
  const now = new Date();
  const r = rng(20260304);
  const institutions = await institutionIdsByName(db);
  const instId = (name: string) => institutions.get(name)!.id;
  const phones = [...APPLICANTS.map((a) => a.phone), ...INSTITUTIONS.map((i) => staffPhone(i.name))];
  const users = await userIdsByPhone(db, phones);
  const userId = (a: Applicant) => users.get(a.phone)!;
  const staffId = (inst: string) => users.get(staffPhone(inst))!;

  const plan = planApplications(r, now);
  const applications: Prisma.LoanApplicationCreateManyInput[] = [];
  const changes: Prisma.ApplicationStatusChangeCreateManyInput[] = [];
  for (const [i, app] of plan.entries()) {
    const id = seedId(`application:${i}`);
    const a = app.applicant;
    const personal = a.role === "PERSONAL";
    const times = [app.submittedAt, ...app.stepDays.map((d) => at(app.submittedAt, d))];
    applications.push({
      id,
      number: `SQ${ymd(app.submittedAt)}${String(i + 1).padStart(6, "0")}`,
      kind: app.kind,
      applicantId: userId(a),
      applicantType: a.role,
      productId: app.product ? seedId(productKey(app.product)) : null,
      institutionId: app.inst ? instId(app.inst) : null,
      status: app.status,
      amount: app.amount,
      termMonths: app.termMonths,
      purpose: app.purpose,
      applicantName: personal ? a.name : null,
      applicantPhone: personal ? a.phone : null,
      enterpriseName: a.enterprise?.name ?? null,
      uscc: a.enterprise?.uscc ?? null,
      contactName: personal ? null : a.name,
      contactPhone: personal ? null : a.phone,
      gender: a.gender,
      ...sealApplicationFields(id, {
        idNumber: personal ? a.idNumber : null,
        annualIncome: r.chance(0.7) ? String(personal ? r.int(6, 60) : r.int(80, 3000)) : null,
        currentLoanTotal: r.chance(0.5) ? String(r.int(0, 200)) : null,
        hasEnforcement: false,
        hasOverdue: app.status === "REJECTED" && r.chance(0.4),
      }),
      firstLoanDeclared: app.kind === "FIRST_LOAN",
      dueDate: app.kind === "RENEWAL" || app.kind === "BRIDGE" ? at(app.submittedAt, r.int(10, 40)) : null,
      loanMethod: app.kind === "RENEWAL" ? (app.product?.methods[0] ?? "CREDIT") : null,
      loanRate: app.kind === "RENEWAL" ? (app.product?.rate ?? 4.35) : null,
      originalInstitutionId: app.originalInst ? instId(app.originalInst) : null,
      acceptOtherInstitutions: app.kind === "RENEWAL" && (app.inst === null || r.chance(0.5)),
      region: a.region,
      bridgeAmount: app.bridge?.amount ?? null,
      bridgeDays: app.bridge?.days ?? null,
      approvedAmount: app.approvedAmount ?? null,
      disbursedAmount: app.disbursedAmount ?? null,
      submittedAt: app.submittedAt,
      ...statisticsTimes(app.path, times),
      updatedAt: times[times.length - 1],
    });
    app.path.forEach((to, k) => {
      const byApplicant = to === "SUBMITTED" || to === "WITHDRAWN";
      changes.push({
        id: seedId(`application:${i}:${k}`),
        applicationId: id,
        fromStatus: k === 0 ? null : app.path[k - 1],
        toStatus: to,
        actorId: byApplicant ? userId(a) : staffId(app.inst!),
        actorRole: byApplicant ? a.role : ("STAFF" as const),
        comment: comment(app, to, r),
        amount: to === "APPROVED" ? app.approvedAmount! : to === "DISBURSED" ? app.disbursedAmount! : null,
        createdAt: times[k],
      });
    });
  }
  const created = await db.loanApplication.createMany({ data: applications, skipDuplicates: true });
  await db.applicationStatusChange.createMany({ data: changes, skipDuplicates: true });
  report("loan applications", applications.length, created.count, "applications", `${changes.length} status changes`);
  await seedDemands(db, r, now, instId, userId, staffId);
}

const METHODS: DemandMethod[] = ["ANY", "ANY", "CREDIT", "MORTGAGE", "PLEDGE", "GUARANTEE"];
const BANK_CHOICES = ["甘肃银行", "建设银行", "工商银行", "农业银行", "天水秦州农村合作银行", "邮储银行", "中国银行"];

async function seedDemands(
  db: Db, r: ReturnType<typeof rng>, now: Date,
  instId: (name: string) => string, userId: (a: Applicant) => string, staffId: (inst: string) => string,
) {
  const plan: [DemandStatus, string | null][] = [
    ...HISTORY_TARGETS.flatMap((t) => Array.from({ length: t.matched ?? 0 }, () => ["MATCHED", t.inst] as [DemandStatus, string])),
    ...OTHER_DEMANDS,
  ];
  const demands: Prisma.FinancingDemandCreateManyInput[] = [];
  const targets: Prisma.DemandInstitutionCreateManyInput[] = [];
  const changes: Prisma.DemandStatusChangeCreateManyInput[] = [];
  for (const [i, [status, taker]] of plan.entries()) {
    const id = seedId(`demand:${i}`);
    const a = r.pick(APPLICANTS);
    const age = status === "OPEN" ? r.int(1, 20) : status === "IN_PROGRESS" ? r.int(5, 30) : r.int(30, 900);
    const createdAt = new Date(now.getTime() - age * DAY_MS - r.int(0, 6 * 3600) * 1000);
    const amount = r.pick([10, 20, 30, 50, 80, 100, 150, 200, 300, 500]);
    const rateFrom = r.pick([3.5, 3.8, 4, 4.35]);
    const expected = r.chance(0.5) ? [] : [...new Set([...(taker ? [taker] : []), r.pick(BANK_CHOICES), r.pick(BANK_CHOICES)])];
    const path: DemandStatus[] =
      status === "OPEN" ? ["OPEN"] : status === "IN_PROGRESS" ? ["OPEN", "IN_PROGRESS"]
        : status === "MATCHED" ? ["OPEN", "IN_PROGRESS", "MATCHED"] : taker ? ["OPEN", "IN_PROGRESS", "CLOSED"] : ["OPEN", "CLOSED"];
    const times = path.map((_, k) => new Date(createdAt.getTime() + Math.min(age - 0.1, k * r.int(2, 9)) * DAY_MS));
    const matchedAmount = status === "MATCHED" ? Math.max(5, Math.round(amount * (0.6 + 0.4 * r.next()))) : null;
    demands.push({
      id,
      number: `XQ${ymd(createdAt)}${String(i + 1).padStart(6, "0")}`,
      userId: userId(a),
      applicantType: a.role,
      isFirstLoan: a.role === "ENTERPRISE" && r.chance(0.3),
      amount,
      termMonths: r.pick([6, 12, 12, 24, 36]),
      purpose: r.pick(DEMAND_PURPOSES),
      method: r.pick(METHODS),
      rateFrom,
      rateTo: rateFrom + r.pick([1, 1.5, 2, 3]),
      anyInstitution: expected.length === 0,
      region: a.region,
      realName: a.name,
      gender: a.gender,
      phone: a.phone,
      enterpriseName: a.enterprise?.name ?? null,
      status,
      // A demand closed by its taker was given up after being taken: no taker is left on it.
      takenByInstitutionId: taker && status !== "CLOSED" ? instId(taker) : null,
      takenAt: taker && status !== "CLOSED" ? times[1] : null,
      matchedAmount,
      responseDueAt: responseDeadline(createdAt),
      createdAt,
      updatedAt: times[times.length - 1],
    });
    for (const inst of expected) targets.push({ demandId: id, institutionId: instId(inst) });
    path.forEach((to, k) => {
      const byUser = to === "OPEN" || (to === "CLOSED" && !taker);
      changes.push({
        id: seedId(`demand:${i}:${k}`),
        demandId: id,
        fromStatus: k === 0 ? null : path[k - 1],
        toStatus: to,
        actorId: byUser ? userId(a) : staffId(taker!),
        actorRole: byUser ? a.role : "STAFF",
        institutionId: byUser ? null : instId(taker!),
        comment: { OPEN: "发布融资需求", IN_PROGRESS: "已安排客户经理对接", MATCHED: `对接成功，融资${matchedAmount}万元`,
          CLOSED: byUser ? "需求已解决，关闭需求" : "客户暂无融资意向，关闭需求" }[to],
        createdAt: times[k],
      });
    });
  }
  const created = await db.financingDemand.createMany({ data: demands, skipDuplicates: true });
  await db.demandInstitution.createMany({ data: targets, skipDuplicates: true });
  await db.demandStatusChange.createMany({ data: changes, skipDuplicates: true });
  report("financing demands", demands.length, created.count, "demands");
}

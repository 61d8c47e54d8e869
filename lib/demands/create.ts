import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isApplicant, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { ForbiddenError, InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { checkFirstLoanEligibility } from "@/lib/applications/eligibility";
import { nextRecordNumber } from "@/lib/applications/number";
import { isUniqueViolation } from "@/lib/applications/prisma-errors";
import { limitPerUser } from "@/lib/domain/limits";
import { responseDeadline } from "./deadline";
import { DEMAND_STATUS_LABELS } from "./labels";
import type { DemandCriteria } from "./matching";
import { recordDemandChange } from "./records";
import { allowedApplicantTypes, type DemandData } from "./schema";
import { ownerScope } from "./scope";

// 发布需求, 修改 and 撤回 by the demand's owner. The input has passed the form's schema
// (lib/demands/actions.ts); what needs the database is checked here.

export interface CreatedDemand {
  id: string;
  number: string;
}

// Who may publish: enterprise and personal accounts; a 首贷需求 follows the applications' 首贷 rules
// (an enterprise account that completed 企业认证), an Ineligibility message otherwise.
export async function checkDemandPublisher(actor: Actor, firstLoan: boolean): Promise<string | null> {
  if (!isApplicant(actor)) return "机构人员和管理员账号不能发布融资需求，请使用企业或个人用户账号。";
  if (firstLoan) {
    const blocked = await checkFirstLoanEligibility(actor);
    if (blocked) return blocked.message.replace("首贷申请", "首贷需求").replace("申请首贷前", "发布首贷需求前");
  }
  return null;
}

export function criteriaOf(d: DemandData): DemandCriteria {
  return {
    applicantType: d.applicantType,
    isFirstLoan: d.isFirstLoan,
    amount: Number(d.amount),
    termMonths: d.termMonths,
    method: d.method,
    rateFrom: Number(d.rateFrom),
    rateTo: Number(d.rateTo),
    region: d.region,
    institutionIds: d.institutions,
  };
}

// 期望机构 are published banks (the 20 of the manual's list in the form).
async function checkInstitutions(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.institution.count({ where: { id: { in: [...ids] }, type: "BANK", status: "PUBLISHED" } });
  if (found !== ids.length) throw new InvalidInputError({ institutions: "请从列表中选择期望机构" });
}

function demandFields(d: DemandData) {
  return {
    applicantType: d.applicantType,
    isFirstLoan: d.isFirstLoan,
    amount: d.amount,
    termMonths: d.termMonths,
    purpose: d.purpose,
    method: d.method,
    rateFrom: d.rateFrom,
    rateTo: d.rateTo,
    anyInstitution: d.institutions.length === 0,
    region: d.region,
    realName: d.realName,
    gender: d.gender,
    phone: d.phone,
    enterpriseName: d.enterpriseName,
  } satisfies Partial<Prisma.FinancingDemandUncheckedCreateInput>;
}

async function checkPublisher(actor: Actor, d: DemandData): Promise<void> {
  const blocked = await checkDemandPublisher(actor, d.isFirstLoan);
  if (blocked) throw new RefusedError(blocked);
  if (!allowedApplicantTypes(actor.role).includes(d.applicantType)) throw new InvalidInputError({ applicantType: "个人账号只能以个人身份发布需求" });
  await checkInstitutions(d.institutions);
}

// Validates everything the submit would, without writing: the matching step shows products only for
// a demand that could be stored.
export async function checkDemand(actor: Actor, d: DemandData): Promise<void> {
  await checkPublisher(actor, d);
}

export async function createDemand(actor: Actor, d: DemandData, now: Date, meta?: RequestMeta): Promise<CreatedDemand> {
  await limitPerUser("user-demand", actor);
  await checkPublisher(actor, d);
  const existing = await db.financingDemand.findUnique({ where: { idempotencyKey: d.idempotencyKey }, select: { id: true, number: true, userId: true } });
  if (existing) {
    if (existing.userId !== actor.id) throw new RefusedError("表单已失效，请刷新页面后重试");
    return { id: existing.id, number: existing.number }; // the same form posted twice
  }
  try {
    return await db.$transaction(async (tx) => {
      const number = await nextRecordNumber(tx, "XQ", now);
      const demand = await tx.financingDemand.create({
        data: {
          ...demandFields(d),
          number,
          idempotencyKey: d.idempotencyKey,
          userId: actor.id,
          responseDueAt: responseDeadline(now),
          createdAt: now,
          expectedInstitutions: { create: d.institutions.map((institutionId) => ({ institutionId })) },
        },
        select: { id: true, number: true, userId: true, isFirstLoan: true },
      });
      await recordDemandChange(tx, { demand, from: null, to: "OPEN", actor, comment: null, meta });
      return { id: demand.id, number: demand.number };
    });
  } catch (error) {
    if (isUniqueViolation(error, "idempotencyKey")) {
      const again = await db.financingDemand.findFirst({ where: { idempotencyKey: d.idempotencyKey, userId: actor.id }, select: { id: true, number: true } });
      if (again) return again;
    }
    throw error;
  }
}

async function ownOpenDemand(actor: Actor, demandId: string, verb: string) {
  if (!isApplicant(actor)) throw new ForbiddenError("仅需求发布人可以操作");
  const demand = await db.financingDemand.findFirst({
    where: { AND: [{ id: demandId }, ownerScope(actor)] },
    select: { id: true, number: true, userId: true, isFirstLoan: true, status: true },
  });
  if (!demand) throw new NotFoundError("需求");
  if (demand.status !== "OPEN") throw new RefusedError(`该需求当前状态为「${DEMAND_STATUS_LABELS[demand.status]}」，不能${verb}`);
  return demand;
}

const CHANGED_MEANWHILE = "该需求的状态刚刚发生了变化（可能已被金融机构接单），请刷新页面后查看";

// 修改: only while 待对接; the conditional update refuses if an institution took it meanwhile.
export async function updateDemand(actor: Actor, demandId: string, d: DemandData, meta?: RequestMeta): Promise<CreatedDemand> {
  const demand = await ownOpenDemand(actor, demandId, "修改");
  await checkPublisher(actor, { ...d, isFirstLoan: demand.isFirstLoan });
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.financingDemand.updateMany({
      where: { id: demand.id, userId: actor.id, status: "OPEN" },
      data: { ...demandFields({ ...d, isFirstLoan: demand.isFirstLoan }) },
    });
    if (count !== 1) return false;
    await tx.demandInstitution.deleteMany({ where: { demandId: demand.id } });
    await tx.demandInstitution.createMany({ data: d.institutions.map((institutionId) => ({ demandId: demand.id, institutionId })) });
    await recordDemandChange(tx, { demand, from: "OPEN", to: "OPEN", event: "edited", actor, meta });
    return true;
  });
  if (!changed) throw new RefusedError(CHANGED_MEANWHILE);
  return { id: demand.id, number: demand.number };
}

// 撤回: the demand is 已关闭 for good.
export async function withdrawDemand(actor: Actor, demandId: string, meta?: RequestMeta): Promise<CreatedDemand> {
  const demand = await ownOpenDemand(actor, demandId, "撤回");
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.financingDemand.updateMany({ where: { id: demand.id, userId: actor.id, status: "OPEN" }, data: { status: "CLOSED" } });
    if (count !== 1) return false;
    await recordDemandChange(tx, { demand, from: "OPEN", to: "CLOSED", actor, comment: "发布人撤回需求", meta });
    return true;
  });
  if (!changed) throw new RefusedError(CHANGED_MEANWHILE);
  return { id: demand.id, number: demand.number };
}

import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DemandStatus } from "@/lib/generated/prisma/enums";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { responseDeadline } from "./deadline";
import { DEMAND_STATUS_LABELS } from "./labels";
import { recordDemandChange } from "./records";
import { staffDemandScope } from "./scope";

// The console's work on demands (机构工作台 → 融资需求): 接单, 对接成功, 无法满足. Every status change is
// a conditional UPDATE on the status read before, so of two institutions taking the same demand at
// the same moment exactly one wins; the other is told so.

export const TAKEN_BY_OTHER = "该需求已被其他金融机构接单，您可以继续对接其他需求";

export interface DemandOutcome {
  id: string;
  status: DemandStatus;
}

async function visibleDemand(actor: Actor, demandId: string) {
  const scope = await staffDemandScope(actor);
  const demand = await db.financingDemand.findFirst({
    where: { AND: [{ id: demandId }, { OR: [scope.taken, scope.open] }] },
    select: {
      id: true, number: true, userId: true, isFirstLoan: true, status: true, amount: true, anyInstitution: true, takenByInstitutionId: true,
      expectedInstitutions: { select: { institutionId: true } },
    },
  });
  if (!demand) throw new NotFoundError("需求");
  return { demand, institution: { id: scope.institutionId, name: scope.institutionName } };
}

function refuseState(status: DemandStatus, verb: string): never {
  throw new RefusedError(`该需求当前状态为「${DEMAND_STATUS_LABELS[status]}」，不能${verb}`);
}

export async function takeDemand(actor: Actor, demandId: string, now: Date, meta?: RequestMeta): Promise<DemandOutcome> {
  const { demand, institution } = await visibleDemand(actor, demandId);
  if (demand.status !== "OPEN") refuseState(demand.status, "接单");
  const taken = await db.$transaction(async (tx) => {
    const { count } = await tx.financingDemand.updateMany({
      where: { id: demand.id, status: "OPEN", takenByInstitutionId: null },
      data: { status: "IN_PROGRESS", takenByInstitutionId: institution.id, takenAt: now },
    });
    if (count !== 1) return false;
    await recordDemandChange(tx, { demand, from: "OPEN", to: "IN_PROGRESS", actor, institution, comment: "金融机构接单", meta });
    return true;
  });
  if (!taken) throw new RefusedError(TAKEN_BY_OTHER);
  return { id: demand.id, status: "IN_PROGRESS" };
}

async function takenDemand(actor: Actor, demandId: string, verb: string) {
  const found = await visibleDemand(actor, demandId);
  if (found.demand.status !== "IN_PROGRESS" || found.demand.takenByInstitutionId !== found.institution.id) {
    refuseState(found.demand.status, verb);
  }
  return found;
}

const CHANGED_MEANWHILE = "该需求的状态刚刚发生了变化，请刷新页面后重试";

// 对接成功 with the 授信/放款 amount: it counts in the institution's 对接成功笔数.
export async function reportMatched(
  actor: Actor,
  demandId: string,
  input: { amount: string; comment: string | null },
  meta?: RequestMeta,
): Promise<DemandOutcome> {
  const { demand, institution } = await takenDemand(actor, demandId, "报告对接成功");
  if (new Prisma.Decimal(input.amount).gt(demand.amount)) {
    throw new InvalidInputError({ amount: `授信/放款金额不能超过融资金额${demand.amount.toString()}万` });
  }
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.financingDemand.updateMany({
      where: { id: demand.id, status: "IN_PROGRESS", takenByInstitutionId: institution.id },
      data: { status: "MATCHED", matchedAmount: input.amount },
    });
    if (count !== 1) return false;
    await recordDemandChange(tx, { demand, from: "IN_PROGRESS", to: "MATCHED", actor, institution, amount: input.amount, comment: input.comment, meta });
    return true;
  });
  if (!changed) throw new RefusedError(CHANGED_MEANWHILE);
  return { id: demand.id, status: "MATCHED" };
}

// 无法满足 with a reason: the demand goes back to 待对接 for the other institutions (with a new
// deadline), or is 已关闭 when every institution it was addressed to has declined it.
export async function declineDemand(actor: Actor, demandId: string, input: { comment: string }, now: Date, meta?: RequestMeta): Promise<DemandOutcome> {
  const { demand, institution } = await takenDemand(actor, demandId, "标记无法满足");
  const result = await db.$transaction(async (tx) => {
    await tx.demandDecline.upsert({
      where: { demandId_institutionId: { demandId: demand.id, institutionId: institution.id } },
      create: { demandId: demand.id, institutionId: institution.id, reason: input.comment },
      update: { reason: input.comment },
    });
    let to: DemandStatus = "OPEN";
    if (!demand.anyInstitution) {
      const declined = new Set((await tx.demandDecline.findMany({ where: { demandId: demand.id }, select: { institutionId: true } })).map((d) => d.institutionId));
      if (demand.expectedInstitutions.every((e) => declined.has(e.institutionId))) to = "CLOSED";
    }
    const { count } = await tx.financingDemand.updateMany({
      where: { id: demand.id, status: "IN_PROGRESS", takenByInstitutionId: institution.id },
      data: { status: to, takenByInstitutionId: null, takenAt: null, ...(to === "OPEN" ? { responseDueAt: responseDeadline(now), overdueAt: null } : {}) },
    });
    if (count !== 1) throw new RefusedError(CHANGED_MEANWHILE); // rolls the decline back
    await recordDemandChange(tx, { demand, from: "IN_PROGRESS", to, event: "declined", actor, institution, comment: input.comment, meta });
    return to;
  });
  return { id: demand.id, status: result };
}

import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify, type Notice } from "@/lib/messages/notify";
import { orgDemandHref } from "./labels";
import { recordDemandChange } from "./records";
import { ANY_DEMAND_TAKER_TYPES } from "./scope";

// The deadline job: a demand still 待对接 after its deadline (lib/demands/deadline.ts) is marked 超时
// (overdueAt) once, and the staff of the institutions that could take it get a reminder in 消息中心.
// Run by `npm run demands:remind` (a cron line) or from 需求总览; `now` is passed in so tests move time.
// Marking is a conditional update (overdueAt IS NULL): two runs at once remind once.

const BATCH = 200;

async function staffToRemind(tx: Prisma.TransactionClient, demand: { id: string; anyInstitution: boolean }): Promise<string[]> {
  const declined = { demandDeclines: { none: { demandId: demand.id } } };
  const institutions: Prisma.InstitutionWhereInput = demand.anyInstitution
    ? { type: { in: [...ANY_DEMAND_TAKER_TYPES] }, status: "PUBLISHED", ...declined }
    : { demandTargets: { some: { demandId: demand.id } }, ...declined };
  const staff = await tx.user.findMany({ where: { role: "STAFF", status: "ACTIVE", institution: { is: institutions } }, select: { id: true } });
  return staff.map((s) => s.id);
}

export async function markOverdueDemands(now: Date): Promise<{ marked: number; reminders: number }> {
  let marked = 0;
  let reminders = 0;
  for (;;) {
    const due = await db.financingDemand.findMany({
      where: { status: "OPEN", overdueAt: null, responseDueAt: { lte: now } },
      select: { id: true, number: true, userId: true, isFirstLoan: true, anyInstitution: true, amount: true },
      orderBy: { responseDueAt: "asc" },
      take: BATCH,
    });
    if (due.length === 0) break;
    for (const demand of due) {
      const sent = await db.$transaction(async (tx) => {
        const { count } = await tx.financingDemand.updateMany({ where: { id: demand.id, status: "OPEN", overdueAt: null }, data: { overdueAt: now } });
        if (count !== 1) return null;
        await recordDemandChange(tx, { demand, from: "OPEN", to: "OPEN", event: "overdue", actor: null, comment: "超过接单时限未被接单", tellOwner: false });
        const notices: Notice[] = (await staffToRemind(tx, demand)).map((userId) => ({
          userId,
          title: "融资需求接单超时提醒",
          body: `融资需求（编号 ${demand.number}，${demand.amount.toString()}万元）已超过接单时限仍未被接单，请尽快查看并接单或反馈。`,
          link: orgDemandHref(demand.id),
        }));
        await notify(notices, tx);
        return notices.length;
      });
      if (sent !== null) {
        marked += 1;
        reminders += sent;
      }
    }
    if (due.length < BATCH) break;
  }
  return { marked, reminders };
}

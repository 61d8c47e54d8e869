import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { notify } from "@/lib/messages/notify";
import { responseDeadline } from "./deadline";
import { DEMAND_STATUS_LABELS, orgDemandHref } from "./labels";
import { recordDemandChange } from "./records";

// 重新指派 by the admin (需求总览): a demand still 待对接 goes to other institutions (or to 不限) with a
// new deadline; institutions named again may see it even if they had declined it.
export async function readdressDemand(actor: Actor, demandId: string, institutions: string[], now: Date, meta?: RequestMeta) {
  if (!isAdmin(actor)) throw new NotFoundError("需求");
  const demand = await db.financingDemand.findUnique({ where: { id: demandId }, select: { id: true, number: true, userId: true, isFirstLoan: true, status: true } });
  if (!demand) throw new NotFoundError("需求");
  if (demand.status !== "OPEN") throw new RefusedError(`该需求当前状态为「${DEMAND_STATUS_LABELS[demand.status]}」，只有待对接的需求可以重新指派`);
  const banks = institutions.length
    ? await db.institution.findMany({ where: { id: { in: institutions }, type: "BANK", status: "PUBLISHED" }, select: { id: true, name: true } })
    : [];
  if (banks.length !== institutions.length) throw new InvalidInputError({ institutions: "请从列表中选择机构" });
  await db.$transaction(async (tx) => {
    const { count } = await tx.financingDemand.updateMany({
      where: { id: demand.id, status: "OPEN" },
      data: { anyInstitution: institutions.length === 0, responseDueAt: responseDeadline(now), overdueAt: null },
    });
    if (count !== 1) throw new RefusedError("该需求的状态刚刚发生了变化，请刷新页面后重试");
    await tx.demandInstitution.deleteMany({ where: { demandId: demand.id } });
    await tx.demandInstitution.createMany({ data: institutions.map((institutionId) => ({ demandId: demand.id, institutionId })) });
    if (institutions.length) await tx.demandDecline.deleteMany({ where: { demandId: demand.id, institutionId: { in: institutions } } });
    const names = banks.map((b) => b.name).join("、") || "不限（所有银行）";
    await recordDemandChange(tx, { demand, from: "OPEN", to: "OPEN", event: "readdressed", actor, comment: `重新指派给：${names}`, meta });
    const staff = await tx.user.findMany({ where: { role: "STAFF", status: "ACTIVE", institutionId: { in: institutions } }, select: { id: true } });
    await notify(
      staff.map((s) => ({ userId: s.id, title: "新的融资需求待接单", body: `平台将融资需求（编号 ${demand.number}）指派给贵机构，请及时查看并接单。`, link: orgDemandHref(demand.id) })),
      tx,
    );
  });
  return { id: demand.id };
}

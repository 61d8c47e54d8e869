import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import {
  declineOrgDemand,
  editDemand,
  publishDemand,
  readdressOverdueDemand,
  reportDemandMatched,
  takeUpDemand,
  withdrawMyDemand,
} from "@/lib/demands/actions";
import { callAction } from "./actions";
import { actorOf, formKey, makeEnterprise, makeInstitution, makeUser } from "./application-fixtures";

// Demands as users drive them: through the server actions, with time passed in where it matters.
type Form = Record<string, unknown>;

export function demandForm(patch: Form = {}): Form {
  return {
    step: "submit",
    applicantType: "ENTERPRISE",
    amount: "100",
    termMonths: "12",
    purpose: "采购原材料，补充流动资金",
    method: "CREDIT",
    rateFrom: "3",
    rateTo: "6",
    institutions: "ANY",
    region: "QINZHOU",
    realName: "李四",
    gender: "MALE",
    phone: "13912345678",
    enterpriseName: "天水测试企业有限公司",
    idempotencyKey: formKey(),
    ...patch,
  };
}

export const publish = (actor: Actor, form: Form = demandForm(), kind: "normal" | "first-loan" = "normal") =>
  callAction(actor, publishDemand, [kind], form);
export const edit = (actor: Actor, id: string, form: Form) => callAction(actor, editDemand, [id], form);
export const withdraw = (actor: Actor, id: string) => callAction(actor, withdrawMyDemand, [id], { confirm: "on" });
export const take = (actor: Actor, id: string) => callAction(actor, takeUpDemand, [id], {});
export const matched = (actor: Actor, id: string, amount = "80") => callAction(actor, reportDemandMatched, [id], { amount });
export const decline = (actor: Actor, id: string, comment = "客户经营年限不足，暂不符合准入条件") => callAction(actor, declineOrgDemand, [id], { comment });
export const readdress = (actor: Actor, id: string, institutions: string[] | string) => callAction(actor, readdressOverdueDemand, [id], { institutions });

export function createdDemandId(result: { ok: boolean; message: string | null; data?: unknown }): string {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  const data = result.data as { stage: string; id?: string };
  if (!data.id) throw new Error(`not created: ${data.stage}`);
  return data.id;
}

export async function staffOf(institution: { id: string }) {
  return actorOf(await makeUser("STAFF", { institutionId: institution.id, name: "客户经理" }));
}

// Two banks with staff, a guarantee company, an enterprise (certified), a person and an admin.
export async function makeDemandWorld() {
  const bankA = await makeInstitution("BANK");
  const bankB = await makeInstitution("BANK");
  const guarantee = await makeInstitution("GUARANTEE");
  const { user: enterpriseUser } = await makeEnterprise(true);
  const { user: uncertifiedUser } = await makeEnterprise(false);
  return {
    bankA,
    bankB,
    guarantee,
    staffA: await staffOf(bankA),
    staffB: await staffOf(bankB),
    staffGuarantee: await staffOf(guarantee),
    enterprise: actorOf(enterpriseUser),
    uncertified: actorOf(uncertifiedUser),
    personal: actorOf(await makeUser("PERSONAL")),
    otherPersonal: actorOf(await makeUser("PERSONAL", { name: "王五" })),
    admin: actorOf(await makeUser("ADMIN")),
  };
}
export type DemandWorld = Awaited<ReturnType<typeof makeDemandWorld>>;

export const statusOf = async (id: string) => (await db.financingDemand.findUniqueOrThrow({ where: { id } })).status;
export const messagesOf = (userId: string) => db.message.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

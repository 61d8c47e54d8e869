import { randomBytes, randomUUID } from "node:crypto";
import {
  applyForProduct,
  decideApplication,
  resubmitReturnedApplication,
  submitBridge,
  submitRenewal,
  withdrawApplication,
} from "@/lib/applications/actions";
import { findBridgeProvider } from "@/lib/applications/lenders";
import type { DecisionAction } from "@/lib/applications/decide";
import { answerQuestion, askAboutProduct } from "@/lib/consultations/actions";
import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import type { InstitutionType, ProductCategory, Role } from "@/lib/generated/prisma/enums";
import { idNumberCheckChar } from "@/lib/validation/id-number";
import { usccCheckChar } from "@/lib/validation/uscc";
import { callAction, TEST_META } from "./actions";

// Independent test data for the application workflow: every file creates its own institutions,
// products and accounts (unique names and numbers), so tests never depend on the seed's contents.

const digits = (n: number) => Array.from(randomBytes(n), (b) => String(b % 10)).join("");
export const uniquePhone = () => `139${digits(8)}`;
export const validUscc = () => {
  const first17 = `91620502${digits(9)}`;
  return first17 + usccCheckChar(first17);
};
export const validIdNumber = () => {
  const first17 = `62050219900307${digits(3)}`;
  return first17 + idNumberCheckChar(first17);
};
export const formKey = () => randomUUID();
const tag = () => randomBytes(3).toString("hex");

export const actorOf = (u: { id: string; role: Role; institutionId: string | null }): Actor => ({
  id: u.id,
  role: u.role,
  institutionId: u.institutionId,
  sessionId: null,
});

// The application workflow as users drive it: through the server actions (validation, role,
// command, result), each returning the action's result.
type Form = Record<string, unknown>;
export const apply = (actor: Actor, productId: string, form: Form, meta: RequestMeta = TEST_META) =>
  callAction(actor, applyForProduct, [productId], form, meta);
export const renew = (actor: Actor, form: Form) => callAction(actor, submitRenewal, [], form);
export const applyBridge = (actor: Actor, form: Form) => callAction(actor, submitBridge, [], form);
export const resubmit = (actor: Actor, applicationId: string, form: Form) => callAction(actor, resubmitReturnedApplication, [applicationId], form);
export const decide = (actor: Actor, applicationId: string, action: DecisionAction, input: Form = {}) =>
  action === "WITHDRAW"
    ? callAction(actor, withdrawApplication, [applicationId], input)
    : callAction(actor, decideApplication, [applicationId, action], input);
export const ask = (actor: Actor, productId: string, question: string) => callAction(actor, askAboutProduct, [productId], { question });
export const answer = (actor: Actor, consultationId: string, text: string) => callAction(actor, answerQuestion, [consultationId], { answer: text });

// The id of what a successful action created (its result's data), or a failure that names the refusal.
export function createdId(result: { ok: boolean; message: string | null; data?: unknown }): string {
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return (result.data as { id: string }).id;
}

export async function makeInstitution(type: InstitutionType = "BANK", extra: { isBridgeLoanProvider?: boolean } = {}) {
  return db.institution.create({ data: { name: `测试机构${tag()}`, type, serviceRegions: ["QINZHOU"], ...extra } });
}

export async function makeProduct(
  institution: { id: string; type: InstitutionType },
  opts: { category: ProductCategory; maxAmount: number; maxTermMonths: number; isFirstLoan?: boolean; name?: string },
) {
  return db.product.create({
    data: {
      institutionId: institution.id,
      institutionType: institution.type,
      name: opts.name ?? `测试产品${tag()}`,
      category: opts.category,
      isFirstLoan: opts.isFirstLoan ?? false,
      methods: ["CREDIT"],
      minRate: "4.05",
      maxAmount: opts.maxAmount,
      maxTermMonths: opts.maxTermMonths,
      regions: ["QINZHOU"],
      applicableArea: "天水市",
      highlights: "测试",
      introduction: "测试",
      repaymentMethod: "按月付息",
      prepayment: "允许",
    },
  });
}

export async function makeUser(role: Role, opts: { institutionId?: string; name?: string } = {}) {
  return db.user.create({
    data: { phone: uniquePhone(), role, name: opts.name ?? "张三", institutionId: opts.institutionId ?? null },
  });
}

export async function makeEnterprise(certified: boolean) {
  const user = await makeUser("ENTERPRISE", { name: "李四" });
  const uscc = validUscc();
  await db.enterpriseProfile.create({ data: { userId: user.id, name: `天水测试企业${tag()}有限公司`, uscc } });
  if (certified) {
    await db.enterpriseCertification.create({
      data: { userId: user.id, status: "VERIFIED", enterpriseName: "天水测试企业", uscc, verifiedAt: new Date() },
    });
  }
  return { user, uscc };
}

// A complete world: two banks with staff, products of both kinds, applicants of every kind.
export async function makeWorld() {
  const bankA = await makeInstitution("BANK");
  const bankB = await makeInstitution("BANK");
  const guarantee = await makeInstitution("GUARANTEE");
  let bridge = await findBridgeProvider();
  if (!bridge) {
    const created = await makeInstitution("GUARANTEE", { isBridgeLoanProvider: true });
    bridge = { id: created.id, name: created.name, contactPhone: null };
  }
  const personalProduct = await makeProduct(bankA, { category: "PERSONAL", maxAmount: 50, maxTermMonths: 36 });
  const enterpriseProduct = await makeProduct(bankA, { category: "ENTERPRISE", maxAmount: 300, maxTermMonths: 12 });
  const firstLoanProduct = await makeProduct(bankA, { category: "ENTERPRISE", maxAmount: 100, maxTermMonths: 12, isFirstLoan: true });
  const productB = await makeProduct(bankB, { category: "ENTERPRISE", maxAmount: 500, maxTermMonths: 36 });
  const personal = await makeUser("PERSONAL", { name: "王小明" });
  const otherPersonal = await makeUser("PERSONAL", { name: "赵六" });
  const certified = await makeEnterprise(true);
  const uncertified = await makeEnterprise(false);
  const staffA = await makeUser("STAFF", { institutionId: bankA.id, name: "工行信贷员" });
  const staffB = await makeUser("STAFF", { institutionId: bankB.id, name: "农合信贷员" });
  const staffGuarantee = await makeUser("STAFF", { institutionId: guarantee.id, name: "担保公司员工" });
  const staffBridge = await makeUser("STAFF", { institutionId: bridge.id, name: "转贷专员" });
  const admin = await makeUser("ADMIN", { name: "金融办" });
  return {
    bankA, bankB, guarantee, bridge, personalProduct, enterpriseProduct, firstLoanProduct, productB,
    personal: actorOf(personal), otherPersonal: actorOf(otherPersonal),
    enterprise: actorOf(certified.user), enterpriseUscc: certified.uscc,
    uncertified: actorOf(uncertified.user), uncertifiedUscc: uncertified.uscc,
    staffA: actorOf(staffA), staffB: actorOf(staffB), staffGuarantee: actorOf(staffGuarantee),
    staffBridge: actorOf(staffBridge), admin: actorOf(admin),
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export function personalForm(overrides: Record<string, unknown> = {}) {
  return {
    amount: "20", termMonths: "12", purpose: "CONSUMPTION", idNumber: validIdNumber(), applicantName: "王小明",
    applicantPhone: "13912345678", annualIncome: "18.5", currentLoanTotal: "3", hasEnforcement: "no", hasOverdue: "no",
    agreement: "on", idempotencyKey: formKey(), ...overrides,
  };
}

export function enterpriseForm(uscc: string, overrides: Record<string, unknown> = {}) {
  return {
    amount: "200", termMonths: "12", purpose: "WORKING_CAPITAL", enterpriseName: "天水示范科技有限公司", uscc,
    contactName: "李四", contactPhone: "13912345679", annualIncome: "1200", currentLoanTotal: "0",
    hasEnforcement: "no", hasOverdue: "no", agreement: "on", idempotencyKey: formKey(), ...overrides,
  };
}

export function inDays(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(d);
}

export function renewalForm(uscc: string, institutionId: string, overrides: Record<string, unknown> = {}) {
  return {
    amount: "300", termMonths: "12", dueDate: inDays(30), loanMethod: "CREDIT", loanRate: "4.35", institutionId,
    acceptOthers: "no", region: "QINZHOU", enterpriseName: "天水示范科技有限公司", uscc, realName: "李四",
    gender: "MALE", phone: "13912345679", agreement: "on", idempotencyKey: formKey(), ...overrides,
  };
}

export function bridgeForm(uscc: string, institutionId: string, overrides: Record<string, unknown> = {}) {
  return {
    enterpriseName: "天水示范科技有限公司", uscc, contactName: "李四", contactPhone: "13912345679", institutionId,
    amount: "500", termMonths: "12", dueDate: inDays(10), bridgeAmount: "300", bridgeDays: "10", agreement: "on",
    idempotencyKey: formKey(), ...overrides,
  };
}

import { findPublicProduct } from "@/lib/catalogue/public-product";
import { newId } from "@/lib/domain/ids";
import { limitPerUser } from "@/lib/domain/limits";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { InvalidInputError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import { checkEnterpriseService, checkProductEligibility, enterpriseIsCertified } from "./eligibility";
import { findBridgeProvider, isLender } from "./lenders";
import { sealApplicationFields } from "./sensitive";
import { insertApplication, KIND_LABELS, type CreatedApplication, type NewApplication } from "./records";
import type { BridgeData, EnterpriseApplicationData, PersonalApplicationData, RenewalData } from "./schema";

// Creating applications: 立即申请 on a product (with the 首贷 gate), 续贷申请 and 转贷. The input has
// passed the form's schema (lib/applications/actions.ts); what needs the database is checked here.

export interface ApplicableProduct {
  id: string;
  name: string;
  institutionId: string;
  category: "PERSONAL" | "ENTERPRISE";
  isFirstLoan: boolean;
  maxAmount: { toString(): string };
  maxTermMonths: number;
}

export function subjectOf(product: { name: string }, kind: ApplicationKind): string {
  return `「${product.name}」${KIND_LABELS[kind]}`;
}

// A product that may be applied for: the same predicate as its public page (404 there, 404 here).
export async function findApplicableProduct(productId: string): Promise<ApplicableProduct> {
  const product = await findPublicProduct(productId);
  if (!product) throw new NotFoundError("产品");
  return product;
}

// The columns a product application form fills (creation and resubmission) of application `id`: the
// sensitive ones encrypted and bound to that row.
export function productApplicationFields(
  id: string,
  product: ApplicableProduct,
  data: PersonalApplicationData | EnterpriseApplicationData,
): Omit<NewApplication, "kind" | "applicantType" | "productId" | "institutionId"> {
  const personal = product.category === "PERSONAL" ? (data as PersonalApplicationData) : null;
  const common = {
    amount: data.amount,
    termMonths: data.termMonths,
    purpose: data.purpose,
    ...sealApplicationFields(id, {
      ...(personal ? { idNumber: personal.idNumber } : {}),
      annualIncome: data.annualIncome,
      currentLoanTotal: data.currentLoanTotal,
      hasEnforcement: data.hasEnforcement,
      hasOverdue: data.hasOverdue,
    }),
  };
  if (personal) return { ...common, applicantName: personal.applicantName, applicantPhone: personal.applicantPhone };
  const d = data as EnterpriseApplicationData;
  return {
    ...common,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
    firstLoanDeclared: d.firstLoanDeclared,
  };
}

// 首贷: the enterprise of the application is the certified one.
export async function checkFirstLoanEnterprise(actor: Actor, uscc: string): Promise<void> {
  const cert = await enterpriseIsCertified(actor.id);
  if (cert.uscc && cert.uscc !== uscc) throw new InvalidInputError({ uscc: "首贷申请的统一社会信用代码须与已认证的企业一致" });
}

// 立即申请 on a product: the personal or the enterprise form by the product's 类型, 首贷 gate included.
export async function createProductApplication(
  actor: Actor,
  productId: string,
  data: PersonalApplicationData | EnterpriseApplicationData,
  meta?: RequestMeta,
): Promise<CreatedApplication> {
  await limitPerUser("user-application", actor);
  const product = await findApplicableProduct(productId);
  const blocked = await checkProductEligibility(actor, product);
  if (blocked) throw new RefusedError(blocked.message);
  if (product.isFirstLoan) await checkFirstLoanEnterprise(actor, (data as EnterpriseApplicationData).uscc);
  const kind: ApplicationKind = product.isFirstLoan ? "FIRST_LOAN" : "NORMAL";
  const id = newId(); // known before the insert: the encrypted fields are bound to it
  return insertApplication(
    actor,
    data.idempotencyKey,
    { id, ...productApplicationFields(id, product, data), kind, applicantType: product.category, productId: product.id, institutionId: product.institutionId },
    subjectOf(product, kind),
    meta,
  );
}

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`);

export function renewalFields(d: RenewalData): Omit<NewApplication, "kind" | "applicantType"> {
  return {
    amount: d.amount,
    termMonths: d.termMonths,
    dueDate: utcDate(d.dueDate),
    loanMethod: d.loanMethod === "ANY" ? null : d.loanMethod,
    loanRate: d.loanRate,
    originalInstitutionId: d.institutionId,
    acceptOtherInstitutions: d.acceptOthers,
    region: d.region,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    contactName: d.realName,
    gender: d.gender,
    contactPhone: d.phone,
  };
}

export function bridgeFields(d: BridgeData): Omit<NewApplication, "kind" | "applicantType" | "institutionId"> {
  return {
    amount: d.amount,
    termMonths: d.termMonths,
    dueDate: utcDate(d.dueDate),
    originalInstitutionId: d.institutionId,
    bridgeAmount: d.bridgeAmount,
    bridgeDays: d.bridgeDays,
    enterpriseName: d.enterpriseName,
    uscc: d.uscc,
    contactName: d.contactName,
    contactPhone: d.contactPhone,
  };
}

export async function checkLender(institutionId: string): Promise<void> {
  if (!(await isLender(institutionId))) throw new InvalidInputError({ institutionId: "请选择贷款机构" });
}

// 续贷申请: goes to the chosen 贷款机构; with 是否接受其他金融机构 = 是 it stays open (no handling
// institution) until the first bank accepts it.
export async function createRenewalApplication(actor: Actor, d: RenewalData, meta?: RequestMeta): Promise<CreatedApplication> {
  await limitPerUser("user-application", actor);
  const blocked = checkEnterpriseService(actor, "续贷");
  if (blocked) throw new RefusedError(blocked.message);
  await checkLender(d.institutionId);
  return insertApplication(
    actor,
    d.idempotencyKey,
    { ...renewalFields(d), kind: "RENEWAL", applicantType: "ENTERPRISE", institutionId: d.acceptOthers ? null : d.institutionId },
    KIND_LABELS.RENEWAL,
    meta,
  );
}

// 转贷 (bridge funds): goes to the designated bridge-loan institution.
export async function createBridgeApplication(actor: Actor, d: BridgeData, meta?: RequestMeta): Promise<CreatedApplication> {
  await limitPerUser("user-application", actor);
  const blocked = checkEnterpriseService(actor, "转贷");
  if (blocked) throw new RefusedError(blocked.message);
  await checkLender(d.institutionId);
  const provider = await findBridgeProvider();
  if (!provider) throw new RefusedError("转贷业务暂未开通，请联系平台工作人员。");
  return insertApplication(
    actor,
    d.idempotencyKey,
    { ...bridgeFields(d), kind: "BRIDGE", applicantType: "ENTERPRISE", institutionId: provider.id },
    KIND_LABELS.BRIDGE,
    meta,
  );
}

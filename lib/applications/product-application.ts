import { db } from "@/lib/db";
import { encrypt } from "@/lib/crypto";
import { fail, fieldErrorsFrom, type ActionResult } from "@/lib/actions/result";
import type { ApplicationKind } from "@/lib/generated/prisma/enums";
import {
  enterpriseApplicationSchema,
  personalApplicationSchema,
  type EnterpriseApplicationData,
  type PersonalApplicationData,
  type ProductLimits,
} from "@/lib/validation/applications";
import type { Actor, RequestMeta } from "./actor";
import { checkProductEligibility, enterpriseIsCertified } from "./eligibility";
import { NotFoundError } from "./errors";
import { insertApplication, type CreatedApplication, type NewApplication } from "./insert";
import { KIND_LABELS } from "./records";

export const INVALID_FORM = "请检查标红的填写项";

export interface ApplicableProduct {
  id: string;
  name: string;
  institutionId: string;
  category: "PERSONAL" | "ENTERPRISE";
  isFirstLoan: boolean;
  maxAmount: { toString(): string };
  maxTermMonths: number;
}

export function limitsOf(product: ApplicableProduct): ProductLimits {
  return { maxAmount: Number(product.maxAmount.toString()), maxTermMonths: product.maxTermMonths, isFirstLoan: product.isFirstLoan };
}

export function schemaFor(product: ApplicableProduct) {
  return product.category === "PERSONAL" ? personalApplicationSchema(limitsOf(product)) : enterpriseApplicationSchema(limitsOf(product));
}

export function subjectOf(product: { name: string }, kind: ApplicationKind): string {
  return `「${product.name}」${KIND_LABELS[kind]}`;
}

// The columns a product application form fills (creation and resubmission).
export function productApplicationFields(
  product: ApplicableProduct,
  data: PersonalApplicationData | EnterpriseApplicationData,
): Omit<NewApplication, "kind" | "applicantType" | "productId" | "institutionId"> {
  const common = {
    amount: data.amount,
    termMonths: data.termMonths,
    purpose: data.purpose,
    annualIncomeEnc: data.annualIncome ? encrypt(data.annualIncome) : null,
    currentLoanTotal: data.currentLoanTotal,
    hasEnforcement: data.hasEnforcement,
    hasOverdue: data.hasOverdue,
  };
  if (product.category === "PERSONAL") {
    const d = data as PersonalApplicationData;
    return { ...common, applicantName: d.applicantName, idNumberEnc: encrypt(d.idNumber), applicantPhone: d.applicantPhone };
  }
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

export async function findApplicableProduct(productId: string): Promise<ApplicableProduct> {
  const product = await db.product.findFirst({
    where: { id: productId, status: "PUBLISHED" },
    select: { id: true, name: true, institutionId: true, category: true, isFirstLoan: true, maxAmount: true, maxTermMonths: true },
  });
  if (!product) throw new NotFoundError("产品");
  return product;
}

// Echo of what the user typed (strings only), so a refused form loses nothing.
export function echoValues(raw: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  return values;
}

// 立即申请 on a product: the personal or the enterprise form by the product's 类型, 首贷 gate included.
export async function createProductApplication(
  actor: Actor,
  productId: string,
  raw: Record<string, unknown>,
  meta?: RequestMeta,
): Promise<ActionResult<CreatedApplication>> {
  const product = await findApplicableProduct(productId);
  const blocked = await checkProductEligibility(actor, product);
  if (blocked) return fail(blocked.message, undefined, echoValues(raw));

  const parsed = schemaFor(product).safeParse(raw);
  if (!parsed.success) return fail(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), echoValues(raw));
  const data = parsed.data;

  if (product.isFirstLoan) {
    const cert = await enterpriseIsCertified(actor.id);
    const uscc = (data as EnterpriseApplicationData).uscc;
    if (cert.uscc && cert.uscc !== uscc) {
      return fail(INVALID_FORM, { uscc: "首贷申请的统一社会信用代码须与已认证的企业一致" }, echoValues(raw));
    }
  }

  const kind: ApplicationKind = product.isFirstLoan ? "FIRST_LOAN" : "NORMAL";
  return insertApplication(
    actor,
    data.idempotencyKey,
    {
      ...productApplicationFields(product, data),
      kind,
      applicantType: product.category,
      productId: product.id,
      institutionId: product.institutionId,
    },
    subjectOf(product, kind),
    meta,
  );
}

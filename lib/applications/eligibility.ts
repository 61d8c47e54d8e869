import { db } from "@/lib/db";
import type { ProductCategory } from "@/lib/generated/prisma/enums";
import { productHref } from "@/lib/catalogue/url";
import { parseProductFilters } from "@/lib/catalogue/filters";
import type { Actor } from "@/lib/domain/actor";

// Why an account cannot apply, in words the user reads, with where to go next.
export interface Ineligibility {
  code: "NOT_APPLICANT" | "NOT_ENTERPRISE" | "NOT_CERTIFIED" | "WRONG_KIND";
  message: string;
  action?: { label: string; href: string };
}

const CERTIFY = { label: "前往认证授权", href: "/me/certification" };
// Links into 金融超市 are built by its URL helper, so they carry the filter's own values.
const productsOfCategory = (category: "enterprise" | "personal") => productHref("/products", parseProductFilters({}), { category });

export async function enterpriseIsCertified(userId: string): Promise<{ verified: boolean; uscc: string | null }> {
  const cert = await db.enterpriseCertification.findUnique({ where: { userId }, select: { status: true, uscc: true } });
  return { verified: cert?.status === "VERIFIED", uscc: cert?.uscc ?? null };
}

// 首贷 (manual 2.10): only enterprises that completed 企业认证 may apply.
export async function checkFirstLoanEligibility(actor: Actor): Promise<Ineligibility | null> {
  if (actor.role !== "ENTERPRISE") {
    return {
      code: "NOT_ENTERPRISE",
      message: "首贷申请仅适用于未在任何金融机构获取过贷款的企业，请使用企业账号登录并完成企业认证后申请。",
      action: { label: "注册企业账号", href: "/register" },
    };
  }
  const { verified } = await enterpriseIsCertified(actor.id);
  if (!verified) {
    return {
      code: "NOT_CERTIFIED",
      message: "申请首贷前，需先在“个人中心 → 用户信息 → 认证授权”完成企业认证。",
      action: CERTIFY,
    };
  }
  return null;
}

export async function checkProductEligibility(
  actor: Actor,
  product: { category: ProductCategory; isFirstLoan: boolean },
): Promise<Ineligibility | null> {
  if (actor.role !== "PERSONAL" && actor.role !== "ENTERPRISE") {
    return { code: "NOT_APPLICANT", message: "机构人员和管理员账号不能申请贷款，请使用企业或个人用户账号。" };
  }
  if (product.isFirstLoan) {
    const firstLoan = await checkFirstLoanEligibility(actor);
    if (firstLoan) return firstLoan;
  }
  if (product.category === "PERSONAL" && actor.role !== "PERSONAL") {
    return {
      code: "WRONG_KIND",
      message: "该产品为个人类产品，仅个人用户可以申请。企业融资请在金融超市选择“企业类”产品，或使用个人账号登录后申请。",
      action: { label: "查看企业类产品", href: productsOfCategory("enterprise") },
    };
  }
  if (product.category === "ENTERPRISE" && actor.role !== "ENTERPRISE") {
    return {
      code: "WRONG_KIND",
      message: "该产品为企业类产品，需使用企业账号申请。个人用户请在金融超市选择“个人类”产品，或注册企业账号后申请。",
      action: { label: "查看个人类产品", href: productsOfCategory("personal") },
    };
  }
  return null;
}

// 续贷 and 转贷 are enterprise services.
export function checkEnterpriseService(actor: Actor, service: "续贷" | "转贷"): Ineligibility | null {
  if (actor.role === "ENTERPRISE") return null;
  if (actor.role === "PERSONAL") {
    return {
      code: "NOT_ENTERPRISE",
      message: `${service}申请面向企业用户，请使用企业账号登录后申请。`,
      action: { label: "注册企业账号", href: "/register" },
    };
  }
  return { code: "NOT_APPLICANT", message: "机构人员和管理员账号不能提交申请，请使用企业用户账号。" };
}

import { z } from "zod";
import {
  agreementSchema,
  declarationSchema,
  idempotencyKeySchema,
  optionalAmountSchema,
  purposeSchema,
  yesNoOptionalSchema,
} from "./application-fields";
import { amountWanSchema, enterpriseNameSchema, mobileSchema, idNumberSchema, personNameSchema, termMonthsSchema, usccSchema } from "./common";

// The 立即申请 forms of a product (manual 2.3), shared by the form (zodResolver) and the server action.
// The product's limits are part of the schema: 申请金额 ≤ 最高额度, 申请期限 ≤ 最长期限.
export interface ProductLimits {
  maxAmount: number; // 万
  maxTermMonths: number;
  isFirstLoan: boolean;
}

export const FIRST_LOAN_DECLARATION = "本企业未在任何金融机构获取过贷款";

function commonFields(limits: ProductLimits) {
  return {
    amount: amountWanSchema("申请金额", limits.maxAmount),
    termMonths: termMonthsSchema("申请期限", limits.maxTermMonths),
    purpose: purposeSchema,
    annualIncome: optionalAmountSchema("年收入"),
    currentLoanTotal: optionalAmountSchema("目前贷款总额"),
    hasEnforcement: yesNoOptionalSchema,
    hasOverdue: yesNoOptionalSchema,
    agreement: agreementSchema,
    idempotencyKey: idempotencyKeySchema,
  };
}

export function personalApplicationSchema(limits: ProductLimits) {
  return z.object({
    ...commonFields(limits),
    idNumber: idNumberSchema,
    applicantName: personNameSchema,
    applicantPhone: mobileSchema,
  });
}

export function enterpriseApplicationSchema(limits: ProductLimits) {
  const base = z.object({
    ...commonFields(limits),
    enterpriseName: enterpriseNameSchema,
    uscc: usccSchema,
    contactName: personNameSchema,
    contactPhone: mobileSchema,
  });
  if (!limits.isFirstLoan) return base.extend({ firstLoanDeclared: z.any().optional().transform(() => false) });
  return base.extend({ firstLoanDeclared: declarationSchema(`请确认${FIRST_LOAN_DECLARATION}`) });
}

export type PersonalApplicationInput = z.input<ReturnType<typeof personalApplicationSchema>>;
export type PersonalApplicationData = z.output<ReturnType<typeof personalApplicationSchema>>;
export type EnterpriseApplicationInput = z.input<ReturnType<typeof enterpriseApplicationSchema>>;
export type EnterpriseApplicationData = z.output<ReturnType<typeof enterpriseApplicationSchema>>;

// Form field names in display order, with their labels (used by the edit page and tests).
export const PERSONAL_FIELDS = {
  amount: "申请金额",
  termMonths: "申请期限",
  purpose: "贷款用途",
  idNumber: "申请人身份证号",
  applicantName: "申请人姓名",
  applicantPhone: "申请人手机号",
  annualIncome: "年收入",
  currentLoanTotal: "目前贷款总额",
  hasEnforcement: "当前有无被执行信息",
  hasOverdue: "近两年银行逾期情况",
} as const;

export const ENTERPRISE_FIELDS = {
  amount: "申请金额",
  termMonths: "申请期限",
  purpose: "贷款用途",
  enterpriseName: "企业名称",
  uscc: "统一社会信用代码",
  contactName: "联系人姓名",
  contactPhone: "联系人手机号",
  annualIncome: "年收入",
  currentLoanTotal: "目前贷款总额",
  hasEnforcement: "当前有无被执行信息",
  hasOverdue: "近两年银行逾期情况",
} as const;

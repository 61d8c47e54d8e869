import { z } from "zod";
import {
  amountWanSchema,
  enterpriseNameSchema,
  idNumberSchema,
  mobileSchema,
  personNameSchema,
  ratePercentSchema,
  termMonthsSchema,
  usccSchema,
} from "@/lib/validation/common";
import {
  agreementSchema,
  choiceIdSchema,
  declarationSchema,
  futureDateSchema,
  idempotencyKeySchema,
  optionalAmountSchema,
  purposeSchema,
  yesNoOptionalSchema,
  yesNoRequiredSchema,
} from "@/lib/validation/fields";

// The schemas of the application forms, shared by the forms (zodResolver) and the server actions:
// 立即申请 on a product (manual 2.3), 续贷申请 (2.11), 转贷, and the console's decisions.

// 立即申请 of a product.
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

// 续贷申请 (manual 2.11) and 转贷 (bridge-fund) applications.

// 融资方式: 不限 is stored as "no preference" (null).
export const RENEWAL_METHOD_VALUES = ["ANY", "CREDIT", "MORTGAGE", "PLEDGE", "GUARANTEE"] as const;
const REGION_VALUES = ["QINZHOU", "MAIJI", "QINAN", "GANGU", "WUSHAN", "QINGSHUI", "ZHANGJIACHUAN"] as const;

export const renewalSchema = z.object({
  amount: amountWanSchema("贷款金额"),
  termMonths: termMonthsSchema("贷款期限"),
  dueDate: futureDateSchema("到期日"),
  loanMethod: z.enum(RENEWAL_METHOD_VALUES, { error: "请选择融资方式" }),
  loanRate: ratePercentSchema("贷款利率"),
  institutionId: choiceIdSchema("请选择贷款机构"),
  acceptOthers: yesNoRequiredSchema("请选择是否接受其他金融机构"),
  region: z.enum(REGION_VALUES, { error: "请选择所属区域" }),
  enterpriseName: enterpriseNameSchema,
  uscc: usccSchema,
  realName: personNameSchema,
  gender: z.enum(["MALE", "FEMALE"], { error: "请选择性别" }),
  phone: mobileSchema,
  agreement: agreementSchema,
  idempotencyKey: idempotencyKeySchema,
});

export type RenewalInput = z.input<typeof renewalSchema>;
export type RenewalData = z.output<typeof renewalSchema>;

export const MAX_BRIDGE_DAYS = 90;

export const bridgeSchema = z
  .object({
    enterpriseName: enterpriseNameSchema,
    uscc: usccSchema,
    contactName: personNameSchema,
    contactPhone: mobileSchema,
    institutionId: choiceIdSchema("请选择贷款机构"),
    amount: amountWanSchema("贷款金额"),
    termMonths: termMonthsSchema("贷款期限"),
    dueDate: futureDateSchema("到期日", 2),
    bridgeAmount: amountWanSchema("转贷金额"),
    bridgeDays: z
      .union([z.string(), z.number()], { error: "请输入需用天数" })
      .transform((v) => String(v).trim())
      .refine((v) => v !== "", "请输入需用天数")
      .refine((v) => /^\d+$/.test(v), "需用天数须为整数")
      .transform(Number)
      .refine((v) => v >= 1 && v <= MAX_BRIDGE_DAYS, `需用天数应为1至${MAX_BRIDGE_DAYS}天`),
    agreement: agreementSchema,
    idempotencyKey: idempotencyKeySchema,
  })
  .refine((v) => Number(v.bridgeAmount) <= Number(v.amount), {
    path: ["bridgeAmount"],
    message: "转贷金额不能超过到期贷款金额",
  });

export type BridgeInput = z.input<typeof bridgeSchema>;
export type BridgeData = z.output<typeof bridgeSchema>;

// The console's decisions: 审批通过 (授信额度), 放款 (放款金额), 拒绝 (原因), 退回补充 (说明), 受理 / 撤回 (备注).
export function commentSchema(label: string) {
  return z
    .string({ error: `请填写${label}` })
    .trim()
    .min(2, `请填写${label}（至少2个字）`)
    .max(500, `${label}不能超过500字`);
}

export const approveSchema = z.object({ amount: amountWanSchema("授信额度") });
export const disburseSchema = z.object({ amount: amountWanSchema("放款金额") });
export const rejectSchema = z.object({ comment: commentSchema("原因") });
export const returnSchema = z.object({ comment: commentSchema("说明") });
export const optionalCommentSchema = z.object({
  comment: z
    .string()
    .trim()
    .max(500, "备注不能超过500字")
    .optional()
    .transform((v) => v || null),
});

// The form of a product follows its 类型, with its 最高额度 and 最长期限 as limits.
export interface ApplyTarget {
  category: "PERSONAL" | "ENTERPRISE";
  isFirstLoan: boolean;
  maxAmount: number | { toString(): string };
  maxTermMonths: number;
}

export function applicationSchemaFor(product: ApplyTarget) {
  const limits = { maxAmount: Number(product.maxAmount.toString()), maxTermMonths: product.maxTermMonths, isFirstLoan: product.isFirstLoan };
  return product.category === "PERSONAL" ? personalApplicationSchema(limits) : enterpriseApplicationSchema(limits);
}

// The form of each decision (受理 and 撤回 take an optional 备注).
export const DECISION_SCHEMAS = {
  ACCEPT: optionalCommentSchema,
  APPROVE: approveSchema,
  DISBURSE: disburseSchema,
  REJECT: rejectSchema,
  RETURN: returnSchema,
  WITHDRAW: optionalCommentSchema,
} as const;

import { z } from "zod";
import {
  agreementSchema,
  futureDateSchema,
  idempotencyKeySchema,
  institutionIdSchema,
  yesNoRequiredSchema,
} from "./application-fields";
import {
  amountWanSchema,
  enterpriseNameSchema,
  mobileSchema,
  personNameSchema,
  ratePercentSchema,
  termMonthsSchema,
  usccSchema,
} from "./common";

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
  institutionId: institutionIdSchema,
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
    institutionId: institutionIdSchema,
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

import { z } from "zod";
import { enterpriseNameSchema, idNumberSchema, personNameSchema, usccSchema } from "@/lib/validation/common";

// 添加企业认证 (manual 2.9): the four factors checked against the enterprise registry.
export const enterpriseCertificationSchema = z.object({
  enterpriseName: enterpriseNameSchema,
  legalRepName: personNameSchema,
  legalRepIdNumber: idNumberSchema,
  uscc: usccSchema,
});

export type EnterpriseCertificationInput = z.infer<typeof enterpriseCertificationSchema>;

export const ENTERPRISE_FIELD_LABELS = {
  enterpriseName: "企业名称",
  legalRepName: "法人姓名",
  legalRepIdNumber: "法人身份证号码",
} as const;

export const MAX_DAILY_FAILURES = 3;
export const STAFF_PHONE = "0938-8221924";
export const TOO_MANY_FAILURES = `今日认证失败已达${MAX_DAILY_FAILURES}次，请明天再试。如多次认证失败，请联系平台工作人员${STAFF_PHONE}`;

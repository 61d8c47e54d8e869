import { z } from "zod";
import { smsCodeSchema } from "@/lib/accounts/schema";
import { uploadShape } from "@/lib/uploads/shape";
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

// 个人认证 step 1 (manual 2.9): 身份证照片 (人像面, 国徽面), 姓名, 身份证号码, the account's 联系电话 (not
// editable) and its 短信验证码 → 下一步 (人脸认证).
export const personalCertificationSchema = z.object({
  realName: personNameSchema,
  idNumber: idNumberSchema,
  smsCode: smsCodeSchema,
  ...uploadShape("idPhotoFront"),
  ...uploadShape("idPhotoBack"),
});

export type PersonalCertificationInput = z.infer<typeof personalCertificationSchema>;

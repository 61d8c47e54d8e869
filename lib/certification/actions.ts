"use server";

import { action } from "@/lib/actions/builder";
import { certifyEnterprise } from "./enterprise";
import { enterpriseCertificationSchema } from "./schema";

// 添加企业认证 → 下一步, posted as a new document to /me/certification/enterprise/submit: a refusal comes
// back to the form with what was typed, a success opens 认证授权 with the result.
export const submitEnterpriseCertification = action({
  roles: ["ENTERPRISE"],
  input: enterpriseCertificationSchema,
  run: ({ actor, meta, now }, input) => certifyEnterprise(actor, input, meta, now),
  message: "企业认证已通过",
  redirect: () => "/me/certification?done=enterprise",
});

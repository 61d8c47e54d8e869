"use server";

import { action } from "@/lib/actions/builder";
import { certifyEnterprise } from "./enterprise";
import { enterpriseCertificationSchema } from "./schema";

// 添加企业认证 → 下一步. The page reads the certification per request, so a redirect shows the result.
export const submitEnterpriseCertification = action({
  roles: ["ENTERPRISE"],
  input: enterpriseCertificationSchema,
  run: ({ actor, meta, now }, input) => certifyEnterprise(actor, input, meta, now),
  message: "企业认证已通过",
  redirect: () => "/me/certification?done=enterprise",
});

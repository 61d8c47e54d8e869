"use server";

import { action } from "@/lib/actions/builder";
import { certifyEnterprise } from "./enterprise";
import { startPersonalCertification } from "./personal";
import { enterpriseCertificationSchema, personalCertificationSchema } from "./schema";

// 添加企业认证 → 下一步, posted as a new document to /me/certification/enterprise/submit: a refusal comes
// back to the form with what was typed, a success opens 认证授权 with the result.
export const submitEnterpriseCertification = action({
  roles: ["ENTERPRISE"],
  input: enterpriseCertificationSchema,
  run: ({ actor, meta, now }, input) => certifyEnterprise(actor, input, meta, now),
  message: "企业认证已通过",
  redirect: () => "/me/certification?done=enterprise",
});

// 个人认证 step 1 → 下一步, posted as a new document (multipart) to /me/certification/personal/submit: a
// refusal comes back to the form, a success goes to the face-check provider's H5 page.
export const submitPersonalCertification = action({
  roles: ["PERSONAL"],
  input: personalCertificationSchema,
  run: ({ actor, meta, now }, input) => startPersonalCertification(actor, input, meta, now),
  redirect: ({ url }) => url,
});

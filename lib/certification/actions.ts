"use server";

import { action } from "@/lib/actions/builder";
import { certifyEnterprise } from "./enterprise";
import { enterpriseCertificationSchema } from "./schema";

// 添加企业认证 → 下一步. No redirect from the action: after an earlier refusal on the page, the
// redirect of a later success did not commit in the browser (e2e); the form navigates as a new document
// on success, and a form posted without JavaScript comes back to its page, which sends 已认证 on.
export const submitEnterpriseCertification = action({
  roles: ["ENTERPRISE"],
  input: enterpriseCertificationSchema,
  run: ({ actor, meta, now }, input) => certifyEnterprise(actor, input, meta, now),
  message: "企业认证已通过",
});

"use client";

import { submitEnterpriseCertification } from "@/lib/certification/actions";
import { enterpriseCertificationSchema } from "@/lib/certification/schema";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

type Defaults = { enterpriseName: string; legalRepName: string; legalRepIdNumber: string; uscc: string };

// 添加企业认证 (manual 2.9): the four factors → 下一步, checked against the enterprise registry.
export function EnterpriseCertificationForm({ defaults }: { defaults: Defaults }) {
  const { state, pending, formProps, formName, field } = useActionForm({
    name: "enterprise-certification",
    schema: enterpriseCertificationSchema,
    action: submitEnterpriseCertification,
    defaults,
    // A new document on purpose (see the route handler): 认证授权 with the result.
    post: "/me/certification/enterprise/submit",
  });
  return (
    <form {...formProps} className="max-w-md space-y-1" aria-label="添加企业认证">
      {formName}
      <TextField id="ent-name" label="企业名称" required autoComplete="organization" maxLength={100} {...field("enterpriseName")} />
      <TextField id="ent-legal-name" label="法人姓名" required maxLength={30} {...field("legalRepName")} />
      <TextField id="ent-legal-id" label="法人身份证号码" required maxLength={18} autoComplete="off" hint="18位，末位可为X" {...field("legalRepIdNumber")} />
      <TextField id="ent-uscc" label="统一社会信用代码" required maxLength={18} autoComplete="off" hint="营业执照上的18位代码" {...field("uscc")} />
      <FormStatus state={state} />
      <SubmitButton variant="block" pending={pending} pendingText="正在核验…">
        下一步
      </SubmitButton>
    </form>
  );
}

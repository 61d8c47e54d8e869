"use client";

import { ChoiceGroupField } from "@/components/ui/choice-fields";
import { FormSection, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { STAFF_ROLES, staffSchema } from "@/lib/supervision/schema";

// 新增机构人员: 手机号, 姓名, 角色. The one-time password goes to the phone by SMS; nobody else sees it.
export function StaffForm({ action }: { action: FormAction }) {
  const { state, pending, formProps, formName, field, choice, errorOf } = useActionForm({
    name: "staff",
    schema: staffSchema,
    action,
    defaults: { phone: "", name: "", staffRole: "CLERK" },
  });
  return (
    <form {...formProps} className="space-y-3" aria-label="新增机构人员">
      {formName}
      <FormStatus state={state} />
      <FormSection title="新增机构人员">
        <TextField id="staff-phone" label="手机号" required type="tel" inputMode="numeric" maxLength={11} {...field("phone")} />
        <TextField id="staff-name" label="姓名" required maxLength={30} {...field("name")} />
        <ChoiceGroupField
          id="staff-role"
          label="角色"
          required
          hint="管理员可维护本机构的金融产品；业务员处理申请与咨询"
          options={STAFF_ROLES}
          error={errorOf("staffRole")}
          inputProps={choice("staffRole")}
        />
      </FormSection>
      <p className="text-sm text-slate-700">保存后系统将通过短信向该手机号发送临时密码，首次登录须设置新密码。</p>
      <SubmitButton variant="brand" pending={pending} pendingText="保存中…">
        新增并发送临时密码
      </SubmitButton>
    </form>
  );
}

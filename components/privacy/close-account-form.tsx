"use client";

import { CheckboxField } from "@/components/ui/choice-fields";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { closeAccountAction } from "@/lib/privacy/actions";
import { closeAccountSchema } from "@/lib/privacy/schema";

// 注销账号: 登录密码 + the confirmation checkbox → 申请注销 (effective after the cooling-off period).
export function CloseAccountForm({ coolingOffDays }: { coolingOffDays: number }) {
  const { state, pending, formProps, formName, field, checkbox } = useActionForm({
    post: "/me/account/close",
    name: "close-account",
    schema: closeAccountSchema,
    action: closeAccountAction,
    defaults: { password: "", confirm: false },
  });
  return (
    <form {...formProps} className="max-w-md space-y-1" aria-label="注销账号">
      {formName}
      <FormStatus state={state} />
      <TextField id="close-password" label="登录密码" required type="password" autoComplete="current-password" {...field("password")} />
      <CheckboxField id="close-confirm" {...checkbox("confirm")}>
        我已了解：注销申请提交{coolingOffDays}天后生效，生效后无法恢复
      </CheckboxField>
      <SubmitButton variant="block" pending={pending} pendingText="正在提交…">
        申请注销
      </SubmitButton>
    </form>
  );
}

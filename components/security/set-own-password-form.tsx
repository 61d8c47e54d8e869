"use client";

import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { setOwnPasswordAction } from "@/lib/accounts/first-login-actions";
import { setOwnPasswordSchema } from "@/lib/accounts/first-login-schema";
import { PASSWORD_RULE_TEXT } from "@/lib/accounts/schema";

// 设置新密码 at first login (the one-time password from the SMS is replaced). Posts: passwords never reach a URL.
export function SetOwnPasswordForm() {
  const { state, pending, formProps, formName, field } = useActionForm({
    name: "set-own-password",
    schema: setOwnPasswordSchema,
    action: setOwnPasswordAction,
    defaults: { newPassword: "", confirmPassword: "" },
  });
  return (
    <form {...formProps} className="space-y-1" aria-label="设置新密码">
      {formName}
      <FormStatus state={state} />
      <TextField id="own-new" label="新密码" required type="password" autoComplete="new-password" hint={PASSWORD_RULE_TEXT} {...field("newPassword")} />
      <TextField id="own-confirm" label="确认密码" required type="password" autoComplete="new-password" {...field("confirmPassword")} />
      <SubmitButton variant="block" pending={pending} pendingText="正在保存…">
        保存新密码
      </SubmitButton>
    </form>
  );
}

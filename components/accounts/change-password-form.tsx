"use client";

import { changePasswordAction } from "@/lib/accounts/actions";
import { changePasswordSchema, PASSWORD_RULE_TEXT } from "@/lib/accounts/schema";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

const EMPTY = { oldPassword: "", newPassword: "", confirmPassword: "" };

// 修改密码: 原密码, 新密码, 确认密码 → 确认修改. The server ends every other session of the user.
export function ChangePasswordForm() {
  const { form, state, pending, formProps, formName, field } = useActionForm({
    name: "change-password",
    schema: changePasswordSchema,
    action: changePasswordAction,
    defaults: EMPTY,
    onSuccess: () => form.reset(EMPTY), // passwords are never kept
  });
  return (
    <form {...formProps} className="max-w-md space-y-1" aria-label="修改账号登录密码">
      {formName}
      <TextField id="pw-old" label="原密码" required type="password" autoComplete="current-password" {...field("oldPassword")} />
      <TextField id="pw-new" label="新密码" required type="password" autoComplete="new-password" hint={PASSWORD_RULE_TEXT} {...field("newPassword")} />
      <TextField id="pw-confirm" label="确认密码" required type="password" autoComplete="new-password" {...field("confirmPassword")} />
      <FormStatus state={state} />
      <SubmitButton variant="block" pending={pending} pendingText="正在提交…">
        确认修改
      </SubmitButton>
    </form>
  );
}

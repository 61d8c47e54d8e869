"use client";

import { useRef } from "react";
import { HumanCheck, type HumanCheckHandle } from "@/components/accounts/human-check";
import { SmsCodeField, useSmsSender } from "@/components/accounts/sms-code-field";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { resetPasswordAction } from "@/lib/accounts/actions";
import { PASSWORD_RULE_TEXT, resetPasswordSchema } from "@/lib/accounts/schema";

const EMPTY = { phone: "", captcha: "", smsCode: "", newPassword: "", confirmPassword: "" };

// 忘记密码: 手机号, 验证码 (human check), 短信验证码, 新密码, 确认密码 → 重置密码; then 登录. Every session of
// the account ends.
export function ResetPasswordForm() {
  const human = useRef<HumanCheckHandle>(null);
  const { form, state, pending, formProps, formName, field, errorOf } = useActionForm({
    name: "reset-password",
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaults: EMPTY,
    onFailure: () => human.current?.reset(),
  });
  const send = useSmsSender({ form, purpose: "RESET_PASSWORD", phoneField: "phone", human });
  return (
    <form {...formProps} className="space-y-1" aria-label="忘记密码">
      {formName}
      <FormStatus state={state} />
      <TextField id="reset-phone" label="手机号" required type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} {...field("phone")} />
      <input type="hidden" {...form.register("captcha")} />
      <HumanCheck
        id="reset-captcha"
        ref={human}
        error={errorOf("captcha")}
        onChange={(payload) => form.setValue("captcha", payload ?? "", { shouldValidate: form.formState.isSubmitted && !!payload })}
      />
      <SmsCodeField id="reset-sms-code" onSend={send} {...field("smsCode")} />
      <TextField id="reset-new" label="新密码" required type="password" autoComplete="new-password" hint={PASSWORD_RULE_TEXT} {...field("newPassword")} />
      <TextField id="reset-confirm" label="确认密码" required type="password" autoComplete="new-password" {...field("confirmPassword")} />
      <SubmitButton variant="block" pending={pending} pendingText="正在提交…">
        重置密码
      </SubmitButton>
    </form>
  );
}

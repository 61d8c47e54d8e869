"use client";

import { useRef } from "react";
import { changePhoneAction } from "@/lib/accounts/actions";
import { changePhoneSchema } from "@/lib/accounts/schema";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { HumanCheck, type HumanCheckHandle } from "./human-check";
import { SmsCodeField, useSmsSender } from "./sms-code-field";

const EMPTY = { newPhone: "", password: "", captcha: "", smsCode: "" };

// 修改手机号: 新手机号, 登录密码, 验证码 (human check), 短信验证码 sent to the new phone → 确认修改.
// The old number gets a notice and the other sessions end (lib/accounts/commands.ts).
export function ChangePhoneForm() {
  const human = useRef<HumanCheckHandle>(null);
  const { form, state, pending, formProps, formName, field, errorOf } = useActionForm({
    name: "change-phone",
    schema: changePhoneSchema,
    action: changePhoneAction,
    defaults: EMPTY,
    onSuccess: () => {
      form.reset(EMPTY);
      human.current?.reset();
    },
    onFailure: () => human.current?.reset(),
  });
  const send = useSmsSender({ form, purpose: "CHANGE_PHONE", phoneField: "newPhone", human });
  return (
    <form {...formProps} className="max-w-md space-y-1" aria-label="修改手机号">
      {formName}
      <TextField id="phone-new" label="新手机号" required type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} {...field("newPhone")} />
      <TextField id="phone-password" label="登录密码" required type="password" autoComplete="current-password" {...field("password")} />
      <input type="hidden" {...form.register("captcha")} />
      <HumanCheck
        id="phone-captcha"
        ref={human}
        error={errorOf("captcha")}
        onChange={(payload) => form.setValue("captcha", payload ?? "", { shouldValidate: form.formState.isSubmitted && !!payload })}
      />
      <SmsCodeField id="phone-sms-code" onSend={send} {...field("smsCode")} />
      <FormStatus state={state} />
      <SubmitButton variant="block" pending={pending} pendingText="正在提交…">
        确认修改
      </SubmitButton>
    </form>
  );
}

"use client";

import { useRef } from "react";
import { loginAction } from "@/lib/accounts/actions";
import { loginSchema } from "@/lib/accounts/schema";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { HumanCheck, type HumanCheckHandle } from "./human-check";

// 登录: 账号 (注册手机号), 密码, 验证码. The form posts to the server action also without JavaScript.
export function LoginForm({ phone, callbackUrl, notice }: { phone?: string; callbackUrl?: string; notice?: string | null }) {
  const human = useRef<HumanCheckHandle>(null);
  const { form, state, pending, formProps, formName, field, hidden, errorOf } = useActionForm({
    post: "/login/submit",
    name: "login",
    schema: loginSchema,
    action: loginAction,
    defaults: { phone: phone ?? "", password: "", captcha: "", callbackUrl: callbackUrl ?? "" },
    onFailure: () => human.current?.reset(),
  });
  return (
    <form {...formProps} className="space-y-1" aria-label="用户登录">
      {formName}
      <FormStatus state={state} notice={notice} />
      <TextField
        id="login-phone"
        label="账号"
        required
        type="tel"
        inputMode="numeric"
        autoComplete="username"
        placeholder="注册手机号"
        maxLength={11}
        {...field("phone")}
      />
      <TextField id="login-password" label="密码" required type="password" autoComplete="current-password" {...field("password")} />
      <input type="hidden" {...form.register("captcha")} />
      <input type="hidden" {...hidden("callbackUrl")} />
      <HumanCheck
        id="login-captcha"
        ref={human}
        error={errorOf("captcha")}
        onChange={(payload) => form.setValue("captcha", payload ?? "", { shouldValidate: form.formState.isSubmitted && !!payload })}
      />
      <SubmitButton variant="block" pending={pending} pendingText="正在登录…">
        登录
      </SubmitButton>
    </form>
  );
}

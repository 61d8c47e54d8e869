"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRef, useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { loginAction } from "@/lib/actions/auth";
import { loginSchema } from "@/lib/validation/account";
import { FormStatus } from "./form-status";
import { HumanCheck, type HumanCheckHandle } from "./human-check";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

type Values = { phone: string; password: string; captcha: string; callbackUrl?: string };

export function LoginForm({ phone, callbackUrl, notice }: { phone?: string; callbackUrl?: string; notice?: string | null }) {
  const human = useRef<HumanCheckHandle>(null);
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, setValue, formState } = useForm<Values>({
    resolver: zodResolver(loginSchema) as unknown as Resolver<Values>,
    defaultValues: { phone: phone ?? "", password: "", captcha: "", callbackUrl },
    mode: "onTouched",
  });
  const errors = formState.errors;

  function submit(values: Values) {
    setFormError(null);
    startTransition(async () => {
      const result = await loginAction(values);
      if (!result || result.ok) return; // success redirects
      setFormError(result.message);
      if (result.fieldErrors?.captcha) setError("captcha", { message: result.fieldErrors.captcha });
      if (result.fieldErrors?.phone) setError("phone", { message: result.fieldErrors.phone });
      setValue("password", "");
      human.current?.reset();
    });
  }

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate className="space-y-1">
      <FormStatus success={notice} />
      <TextField
        id="login-phone"
        label="账号"
        required
        type="tel"
        inputMode="numeric"
        autoComplete="username"
        placeholder="注册手机号"
        maxLength={11}
        error={errors.phone?.message}
        {...register("phone")}
      />
      <TextField id="login-password" label="密码" required type="password" autoComplete="current-password" error={errors.password?.message} {...register("password")} />
      <input type="hidden" {...register("captcha")} />
      <input type="hidden" {...register("callbackUrl")} />
      <HumanCheck
        id="login-captcha"
        ref={human}
        error={errors.captcha?.message}
        onChange={(payload) => setValue("captcha", payload ?? "", { shouldValidate: formState.isSubmitted && !!payload })}
      />
      <FormStatus error={formError} />
      <SubmitButton pending={pending}>{pending ? "正在登录…" : "登录"}</SubmitButton>
    </form>
  );
}

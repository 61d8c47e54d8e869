"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useRef, useState, useTransition } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { registerAction, sendSmsCodeAction } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";
import { PASSWORD_RULE_TEXT, registerSchema, type AccountKind } from "@/lib/validation/account";
import { FormStatus } from "./form-status";
import { HumanCheck, type HumanCheckHandle } from "./human-check";
import { SmsCodeField } from "./sms-code-field";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

type Values = {
  kind: AccountKind;
  phone: string;
  password: string;
  name: string;
  enterpriseName: string;
  uscc: string;
  captcha: string;
  smsCode: string;
  agree: boolean;
};
const FIELDS = ["kind", "phone", "password", "name", "enterpriseName", "uscc", "captcha", "smsCode", "agree"] as const;

const KINDS: { value: AccountKind; label: string }[] = [
  { value: "PERSONAL", label: "个人注册" },
  { value: "ENTERPRISE", label: "企业注册" },
];

export function RegisterForm({ initialKind }: { initialKind: AccountKind }) {
  const human = useRef<HumanCheckHandle>(null);
  const [pending, startTransition] = useTransition();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(registerSchema) as unknown as Resolver<Values>,
    defaultValues: { kind: initialKind, phone: "", password: "", name: "", enterpriseName: "", uscc: "", captcha: "", smsCode: "", agree: false },
    mode: "onTouched",
  });
  const { register, handleSubmit, setError, setValue, getValues, trigger, clearErrors, formState, control } = form;
  const kind = useWatch({ control, name: "kind" });
  const errors = formState.errors;

  function applyErrors(result: ActionResult<unknown>) {
    if (result.ok) return;
    setFormError(result.message);
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if ((FIELDS as readonly string[]).includes(field)) setError(field as keyof Values, { message });
    }
  }

  async function sendCode() {
    if (!(await trigger("phone"))) return null;
    const captcha = getValues("captcha");
    if (!captcha) {
      setError("captcha", { message: "请先完成人机验证，再获取短信验证码" });
      return null;
    }
    const result = await sendSmsCodeAction({ phone: getValues("phone"), purpose: "REGISTER", captcha });
    human.current?.reset();
    if (!result.ok) applyErrors(result);
    else setFormError(null);
    return result;
  }

  function submit(values: Values) {
    setFormError(null);
    startTransition(async () => {
      const result = await registerAction(values);
      if (!result || result.ok) return; // success redirects to /login
      applyErrors(result);
      // Keep what was typed, except the password and the codes.
      setValue("password", "");
      setValue("smsCode", "");
      human.current?.reset();
    });
  }

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate className="space-y-1">
      <fieldset className="mb-4">
        <legend className="sr-only">注册类型</legend>
        <div className="grid grid-cols-2 overflow-hidden rounded border border-brand-700">
          {KINDS.map((option) => (
            <label
              key={option.value}
              className="relative cursor-pointer py-2.5 text-center text-base font-medium text-brand-800 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
            >
              <input
                type="radio"
                value={option.value}
                className="absolute inset-0 h-full w-full cursor-pointer appearance-none opacity-0"
                {...register("kind", { onChange: () => clearErrors(["name", "enterpriseName", "uscc"]) })}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>

      <TextField id="reg-phone" label="手机号" required type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} error={errors.phone?.message} {...register("phone")} />
      <TextField id="reg-password" label="密码" required type="password" autoComplete="new-password" hint={PASSWORD_RULE_TEXT} error={errors.password?.message} {...register("password")} />
      {kind === "ENTERPRISE" ? (
        <>
          <TextField id="reg-enterprise-name" label="企业名称" required autoComplete="organization" error={errors.enterpriseName?.message} {...register("enterpriseName")} />
          <TextField id="reg-uscc" label="统一社会信用代码" required maxLength={18} autoCapitalize="characters" hint="18位，见营业执照" error={errors.uscc?.message} {...register("uscc")} />
        </>
      ) : (
        <TextField id="reg-name" label="用户姓名" required autoComplete="name" error={errors.name?.message} {...register("name")} />
      )}
      <input type="hidden" {...register("captcha")} />
      <HumanCheck
        id="reg-captcha"
        ref={human}
        error={errors.captcha?.message}
        onChange={(payload) => setValue("captcha", payload ?? "", { shouldValidate: formState.isSubmitted && !!payload })}
      />
      <SmsCodeField id="reg-sms-code" error={errors.smsCode?.message} onSend={sendCode} {...register("smsCode")} />

      <div className="pb-2">
        <label className="flex items-start gap-2 text-sm text-slate-800">
          <input type="checkbox" className="mt-0.5 h-5 w-5 shrink-0" aria-invalid={errors.agree ? true : undefined} aria-describedby="reg-agree-error" {...register("agree")} />
          <span>
            我已阅读并同意
            <Link href="/agreements/platform-service" target="_blank" rel="noopener" className="text-brand-700 underline">
              《平台服务协议》
            </Link>
          </span>
        </label>
        <p id="reg-agree-error" className="mt-1 min-h-5 text-sm text-red-700">
          {errors.agree?.message}
        </p>
      </div>

      <FormStatus error={formError} />
      <SubmitButton pending={pending}>{pending ? "正在注册…" : "注册"}</SubmitButton>
      <p className="pt-3 text-center text-sm text-slate-700">
        已有账号？
        <Link href="/login" className="font-medium text-brand-700 underline">
          立即登录
        </Link>
      </p>
    </form>
  );
}

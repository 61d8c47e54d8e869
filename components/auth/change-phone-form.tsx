"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { changePhoneAction, sendSmsCodeAction } from "@/lib/actions/account";
import type { ActionResult } from "@/lib/actions/result";
import { changePhoneSchema } from "@/lib/validation/account";
import { ACCOUNT_CHANGED_EVENT } from "./account-status";
import { FormStatus } from "./form-status";
import { HumanCheck, type HumanCheckHandle } from "./human-check";
import { SmsCodeField } from "./sms-code-field";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

type Values = { newPhone: string; captcha: string; smsCode: string };
const FIELDS = ["newPhone", "captcha", "smsCode"];

// 修改手机号: 新手机号, 验证码 (human check), 短信验证码 sent to the new phone → 确认修改.
export function ChangePhoneForm() {
  const router = useRouter();
  const human = useRef<HumanCheckHandle>(null);
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, setError, setValue, getValues, trigger, reset, formState } = useForm<Values>({
    resolver: zodResolver(changePhoneSchema) as unknown as Resolver<Values>,
    defaultValues: { newPhone: "", captcha: "", smsCode: "" },
    mode: "onTouched",
  });
  const errors = formState.errors;

  function applyErrors(result: ActionResult<unknown>) {
    if (result.ok) return;
    setStatus({ error: result.message });
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      if (FIELDS.includes(field)) setError(field as keyof Values, { message });
    }
  }

  async function sendCode() {
    if (!(await trigger("newPhone"))) return null;
    const captcha = getValues("captcha");
    if (!captcha) {
      setError("captcha", { message: "请先完成人机验证，再获取短信验证码" });
      return null;
    }
    const result = await sendSmsCodeAction({ phone: getValues("newPhone"), purpose: "CHANGE_PHONE", captcha });
    human.current?.reset();
    if (!result.ok) applyErrors(result);
    else setStatus({});
    return result;
  }

  function submit(values: Values) {
    setStatus({});
    startTransition(async () => {
      const result = await changePhoneAction(values);
      human.current?.reset();
      if (result.ok) {
        reset({ newPhone: "", captcha: "", smsCode: "" });
        setStatus({ success: result.message });
        router.refresh();
        window.dispatchEvent(new Event(ACCOUNT_CHANGED_EVENT));
        return;
      }
      setValue("smsCode", "");
      applyErrors(result);
    });
  }

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate className="max-w-md space-y-1">
      <TextField id="phone-new" label="新手机号" required type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} error={errors.newPhone?.message} {...register("newPhone")} />
      <input type="hidden" {...register("captcha")} />
      <HumanCheck
        id="phone-captcha"
        ref={human}
        error={errors.captcha?.message}
        onChange={(payload) => setValue("captcha", payload ?? "", { shouldValidate: formState.isSubmitted && !!payload })}
      />
      <SmsCodeField id="phone-sms-code" error={errors.smsCode?.message} onSend={sendCode} {...register("smsCode")} />
      <FormStatus error={status.error} success={status.success} />
      <SubmitButton pending={pending}>{pending ? "正在提交…" : "确认修改"}</SubmitButton>
    </form>
  );
}

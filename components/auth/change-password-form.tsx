"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { changePasswordAction } from "@/lib/actions/account";
import { changePasswordSchema, PASSWORD_RULE_TEXT } from "@/lib/validation/account";
import { FormStatus } from "./form-status";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

type Values = { oldPassword: string; newPassword: string; confirmPassword: string };
const EMPTY: Values = { oldPassword: "", newPassword: "", confirmPassword: "" };

// 修改密码: 原密码, 新密码, 确认密码 → 确认修改. The server ends every other session of the user.
export function ChangePasswordForm() {
  const [pending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ error?: string; success?: string }>({});
  const { register, handleSubmit, setError, reset, formState } = useForm<Values>({
    resolver: zodResolver(changePasswordSchema) as unknown as Resolver<Values>,
    defaultValues: EMPTY,
    mode: "onTouched",
  });
  const errors = formState.errors;

  function submit(values: Values) {
    setStatus({});
    startTransition(async () => {
      const result = await changePasswordAction(values);
      reset(EMPTY); // passwords are never kept
      if (result.ok) {
        setStatus({ success: result.message });
        return;
      }
      setStatus({ error: result.message });
      for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
        if (field in EMPTY) setError(field as keyof Values, { message });
      }
    });
  }

  return (
    <form onSubmit={(event) => void handleSubmit(submit)(event)} noValidate className="max-w-md space-y-1">
      <TextField id="pw-old" label="原密码" required type="password" autoComplete="current-password" error={errors.oldPassword?.message} {...register("oldPassword")} />
      <TextField id="pw-new" label="新密码" required type="password" autoComplete="new-password" hint={PASSWORD_RULE_TEXT} error={errors.newPassword?.message} {...register("newPassword")} />
      <TextField id="pw-confirm" label="确认密码" required type="password" autoComplete="new-password" error={errors.confirmPassword?.message} {...register("confirmPassword")} />
      <FormStatus error={status.error} success={status.success} />
      <SubmitButton pending={pending}>{pending ? "正在提交…" : "确认修改"}</SubmitButton>
    </form>
  );
}

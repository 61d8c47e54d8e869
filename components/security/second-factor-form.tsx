"use client";

import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { enrolSecondFactorAction, verifySecondFactorAction } from "@/lib/auth/second-factor/actions";
import { enrolSchema, secondFactorSchema } from "@/lib/auth/second-factor/schema";

// 动态验证码 (step two of a staff or 金融办 login): the authenticator's 6 digits or a recovery code.
// Posts as a new document, like 登录, since it completes the sign-in.
export function SecondFactorForm({ next }: { next: string }) {
  const { state, pending, formProps, formName, field, hidden } = useActionForm({
    post: "/login/verify/submit",
    name: "second-factor",
    schema: secondFactorSchema,
    action: verifySecondFactorAction,
    defaults: { code: "", next },
  });
  return (
    <form {...formProps} className="space-y-1" aria-label="登录验证">
      {formName}
      <FormStatus state={state} />
      <TextField
        id="second-factor-code"
        label="动态验证码"
        required
        autoComplete="one-time-code"
        inputMode="text"
        maxLength={20}
        hint="身份验证器上显示的6位数字；手机不在身边时可输入一个恢复码"
        {...field("code")}
      />
      <input type="hidden" {...hidden("next")} />
      <SubmitButton variant="block" pending={pending} pendingText="正在验证…">
        验证
      </SubmitButton>
    </form>
  );
}

// 绑定身份验证器: the code shown after scanning the page's QR code.
export function EnrolSecondFactorForm({ next }: { next: string }) {
  const { state, pending, formProps, formName, field, hidden } = useActionForm({
    post: "/login/verify/enrol",
    name: "second-factor-enrol",
    schema: enrolSchema,
    action: enrolSecondFactorAction,
    defaults: { code: "", next },
  });
  return (
    <form {...formProps} className="space-y-1" aria-label="绑定身份验证器">
      {formName}
      <FormStatus state={state} />
      <TextField
        id="second-factor-enrol-code"
        label="动态验证码"
        required
        autoComplete="one-time-code"
        inputMode="numeric"
        maxLength={6}
        hint="扫描二维码后，身份验证器上显示的6位数字"
        {...field("code")}
      />
      <input type="hidden" {...hidden("next")} />
      <SubmitButton variant="block" pending={pending} pendingText="正在绑定…">
        完成绑定并登录
      </SubmitButton>
    </form>
  );
}

"use client";

import Link from "next/link";
import { useRef } from "react";
import { useWatch } from "react-hook-form";
import { registerAction } from "@/lib/accounts/actions";
import { PASSWORD_RULE_TEXT, registerSchema, type AccountKind } from "@/lib/accounts/schema";
import { CheckboxField } from "@/components/ui/choice-fields";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { HumanCheck, type HumanCheckHandle } from "./human-check";
import { SmsCodeField, useSmsSender } from "./sms-code-field";

const KINDS: { value: AccountKind; label: string }[] = [
  { value: "PERSONAL", label: "个人注册" },
  { value: "ENTERPRISE", label: "企业注册" },
];

// 个人注册 / 企业注册 (manual 2.2). Without JavaScript the 企业 fields stay visible and the server
// uses those of the chosen kind.
export function RegisterForm({ initialKind }: { initialKind: AccountKind }) {
  const human = useRef<HumanCheckHandle>(null);
  const { form, state, pending, formProps, formName, field, choice, checkbox, errorOf } = useActionForm({
    post: "/register/submit",
    name: "register",
    schema: registerSchema,
    action: registerAction,
    defaults: { kind: initialKind, phone: "", password: "", name: "", enterpriseName: "", uscc: "", captcha: "", smsCode: "" },
    onFailure: () => human.current?.reset(),
  });
  const kind = useWatch({ control: form.control, name: "kind" }) ?? initialKind;
  const send = useSmsSender({ form, purpose: "REGISTER", phoneField: "phone", human });

  return (
    <form {...formProps} className="space-y-1" aria-label="用户注册">
      {formName}
      <fieldset className="mb-4">
        <legend className="sr-only">注册类型</legend>
        <div className="grid grid-cols-2 overflow-hidden rounded border border-brand-700">
          {KINDS.map((option) => (
            <label
              key={option.value}
              className="relative flex min-h-11 cursor-pointer items-center justify-center text-base font-medium text-brand-800 has-checked:bg-brand-700 has-checked:text-white has-focus-visible:outline-3 has-focus-visible:outline-brand-600"
            >
              <input
                type="radio"
                className="absolute inset-0 h-full w-full cursor-pointer appearance-none opacity-0"
                {...choice("kind")(option.value)}
                value={option.value}
                onChange={(event) => {
                  form.clearErrors(["name", "enterpriseName", "uscc"]);
                  void form.register("kind").onChange(event);
                }}
              />
              {option.label}
            </label>
          ))}
        </div>
      </fieldset>

      <FormStatus state={state} />
      <TextField id="reg-phone" label="手机号" required type="tel" inputMode="numeric" autoComplete="tel" maxLength={11} {...field("phone")} />
      <TextField id="reg-password" label="密码" required type="password" autoComplete="new-password" hint={PASSWORD_RULE_TEXT} {...field("password")} />
      {kind === "ENTERPRISE" ? (
        <>
          <TextField id="reg-enterprise-name" label="企业名称" required autoComplete="organization" {...field("enterpriseName")} />
          <TextField id="reg-uscc" label="统一社会信用代码" required maxLength={18} autoCapitalize="characters" hint="18位，见营业执照" {...field("uscc")} />
        </>
      ) : (
        <TextField id="reg-name" label="用户姓名" required autoComplete="name" {...field("name")} />
      )}
      <input type="hidden" {...form.register("captcha")} />
      <HumanCheck
        id="reg-captcha"
        ref={human}
        error={errorOf("captcha")}
        onChange={(payload) => form.setValue("captcha", payload ?? "", { shouldValidate: form.formState.isSubmitted && !!payload })}
      />
      <SmsCodeField id="reg-sms-code" onSend={send} {...field("smsCode")} />

      <CheckboxField id="reg-agree" {...checkbox("agree")}>
        我已阅读并同意
        <Link href="/agreements/platform-service" target="_blank" rel="noopener" className="text-brand-700 underline">
          《平台服务协议》
        </Link>
      </CheckboxField>
      <p className="text-sm text-slate-700">
        注册即表示您已知悉
        <Link href="/privacy" target="_blank" rel="noopener" className="text-brand-700 underline">
          《个人信息保护政策》
        </Link>
        中我们如何处理您的个人信息。
      </p>

      <SubmitButton variant="block" pending={pending} pendingText="正在注册…">
        注册
      </SubmitButton>
      <p className="pt-3 text-center text-sm text-slate-700">
        已有账号？
        <Link href="/login" className="font-medium text-brand-700 underline">
          立即登录
        </Link>
      </p>
    </form>
  );
}

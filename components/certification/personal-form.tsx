"use client";

import { useRef } from "react";
import { HumanCheck, type HumanCheckHandle } from "@/components/accounts/human-check";
import { SmsCodeField, useSmsSender } from "@/components/accounts/sms-code-field";
import { FileUploadField } from "@/components/ui/file-upload";
import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { submitPersonalCertification } from "@/lib/certification/actions";
import { personalCertificationSchema } from "@/lib/certification/schema";
import { echoedUpload } from "@/lib/uploads/shape";

// 个人认证 step 1 (manual 2.9): 身份证照片 (人像面, 国徽面), 姓名, 身份证号码, 联系电话 (the account's, not
// editable), 短信验证码 → 下一步: the face check at the provider. Posted as a new document (multipart).
export function PersonalCertificationForm({ phone, maskedPhone }: { phone: string; maskedPhone: string }) {
  const human = useRef<HumanCheckHandle>(null);
  const { form, state, pending, formProps, formName, field, hidden, errorOf } = useActionForm({
    name: "personal-certification",
    schema: personalCertificationSchema,
    action: submitPersonalCertification,
    defaults: { realName: "", idNumber: "", smsCode: "", phone },
    post: "/me/certification/personal/submit",
    multipart: true,
  });
  const send = useSmsSender({ form, purpose: "CERTIFY", phoneField: "phone", human });
  const echoed = (name: string) => (state && !state.ok ? echoedUpload(state.values, name) : null);
  return (
    <form {...formProps} className="max-w-md space-y-1" aria-label="个人基础信息输入">
      {formName}
      <FileUploadField
        id="cert-photo-front"
        name="idPhotoFront"
        kind="id-photo"
        label="身份证人像面照片"
        required
        capture="environment"
        error={errorOf("idPhotoFront")}
        defaultFile={echoed("idPhotoFront")}
      />
      <FileUploadField
        id="cert-photo-back"
        name="idPhotoBack"
        kind="id-photo"
        label="身份证国徽面照片"
        required
        capture="environment"
        error={errorOf("idPhotoBack")}
        defaultFile={echoed("idPhotoBack")}
      />
      <TextField id="cert-name" label="姓名" required autoComplete="name" maxLength={30} {...field("realName")} />
      <TextField id="cert-id" label="身份证号码" required maxLength={18} autoComplete="off" hint="18位，末位可为X" {...field("idNumber")} />
      <div className="pb-5">
        <p className="mb-1.5 text-[15px] font-medium text-slate-800">联系电话</p>
        <p className="text-slate-900">{maskedPhone}</p>
        <p className="text-sm text-slate-600">验证码发送至本账号绑定的手机号</p>
      </div>
      <input type="hidden" {...hidden("phone")} />
      <input type="hidden" {...form.register("captcha")} />
      <HumanCheck id="cert-captcha" ref={human} error={errorOf("captcha")} onChange={(payload) => form.setValue("captcha", payload ?? "")} />
      <SmsCodeField id="cert-sms-code" onSend={send} {...field("smsCode")} />
      <FormStatus state={state} />
      <SubmitButton variant="block" pending={pending} pendingText="正在提交…">
        下一步
      </SubmitButton>
    </form>
  );
}

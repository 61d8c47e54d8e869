"use client";

import { CheckboxField, ChoiceGroupField } from "@/components/ui/choice-fields";
import { FileUploadField } from "@/components/ui/file-upload";
import { FormSection, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { INSTITUTION_TYPES, REGIONS } from "@/lib/reference";
import { institutionSchema } from "@/lib/supervision/schema";

// 管理后台 → 机构管理: create or edit an institution, every field the public pages show.
export function InstitutionForm({ action, defaults, submitLabel }: { action: FormAction; defaults: Record<string, string | string[]>; submitLabel: string }) {
  const { state, pending, formProps, formName, field, choice, checkbox, errorOf } = useActionForm({ name: "institution", schema: institutionSchema, action, defaults });
  // A refused form comes back with the logo it already stored (or none), else the institution's own.
  const echoedLogo = state && !state.ok ? state.values.logoId : undefined;
  const currentLogo = typeof echoedLogo === "string" ? echoedLogo || null : (defaults.logoId as string) || null;
  return (
    <form {...formProps} className="space-y-5" aria-label={submitLabel}>
      {formName}
      <FormStatus state={state} />
      <FormSection title="机构信息">
        <TextField id="inst-name" label="机构名称" required maxLength={60} {...field("name")} />
        <SelectField id="inst-type" label="机构类型" required options={INSTITUTION_TYPES} {...field("type")} />
        <ChoiceGroupField
          id="inst-regions"
          label="服务区域"
          required
          type="checkbox"
          hint="可多选"
          className="sm:col-span-2"
          options={REGIONS}
          error={errorOf("serviceRegions")}
          inputProps={choice("serviceRegions")}
        />
        <TextField id="inst-phone" label="联系电话" type="tel" maxLength={20} {...field("contactPhone")} />
        <TextField id="inst-logo" label="机构标识" maxLength={4} hint="卡片上显示的简称，4个字以内，如「工行」" {...field("logoText")} />
        <div className="grid gap-3 sm:col-span-2">
          <FileUploadField
            id="inst-logo-image"
            name="logo"
            kind="image"
            uploadthing="contentImage"
            label="机构标志"
            hint="选填，方形图片效果最好；显示在金融机构列表的卡片上。未上传时显示机构标识文字。"
            error={errorOf("logo")}
            defaultFile={currentLogo ? { id: currentLogo, name: "当前标志" } : null}
          />
          {defaults.logoId ? (
            <CheckboxField id="inst-logo-remove" {...checkbox("logoRemove")}>
              移除标志（保存后卡片改为显示机构标识文字）
            </CheckboxField>
          ) : null}
        </div>
        <TextField id="inst-address" label="地址" className="sm:col-span-2" maxLength={120} {...field("address")} />
        <TextAreaField id="inst-description" label="机构介绍" className="sm:col-span-2" rows={6} maxLength={2000} {...field("description")} />
      </FormSection>
      <SubmitButton variant="brand" pending={pending} pendingText="保存中…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

"use client";

import type { FormAction } from "@/lib/actions/result";
import { INDUSTRIES, LIMITS, projectSchema } from "@/lib/equity/schema";
import { FileUploadField, type UploadedFileInfo } from "@/components/ui/file-upload";
import { FormSection, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { echoedUpload } from "@/lib/uploads/shape";

const INDUSTRY_OPTIONS = INDUSTRIES.map((v) => ({ value: v, label: v }));

// 发布股权融资 (manual 2.8). The files go through the upload control (components/ui/file-upload.tsx):
// with JavaScript each is stored as soon as it is chosen and the form carries its id; without, the
// form posts it (multipart). A refused form keeps every typed field and the stored files.
export function ProjectForm({
  action,
  defaults,
  current,
}: {
  action: FormAction;
  defaults: Record<string, string>;
  current?: { plan: UploadedFileInfo | null; image: UploadedFileInfo | null };
}) {
  const { form, state, pending, formProps, formName, field, errorOf } = useActionForm({ name: "equity-project", schema: projectSchema, action, defaults });
  // After a refusal the ids the control stored come back; when editing, the files already attached.
  const fileOf = (name: string, attached?: UploadedFileInfo | null): UploadedFileInfo | null => {
    return (state && !state.ok ? echoedUpload(state.values, name) : null) ?? attached ?? null;
  };
  const left = (name: keyof typeof LIMITS) => {
    const value = form.watch(name);
    return `还可输入${Math.max(0, LIMITS[name] - (typeof value === "string" ? value.length : 0))}字`;
  };
  return (
    <form {...formProps} className="space-y-5" aria-label="发布股权融资">
      {formName}
      <FormStatus state={state} />
      <FormSection title="项目情况">
        <TextField id="name" label="项目名称" required maxLength={LIMITS.name} hint={`15字以内，${left("name")}`} {...field("name")} />
        <TextField id="amount" label="拟融资金额" required inputMode="decimal" suffix="万" {...field("amount")} />
        <SelectField id="industry" label="所属行业" options={INDUSTRY_OPTIONS} placeholder="请选择所属行业" {...field("industry")} />
        <div className="hidden sm:block" />
        <TextAreaField id="introduction" label="项目简介" required className="sm:col-span-2" maxLength={LIMITS.introduction} hint={left("introduction")} {...field("introduction")} />
        <TextAreaField id="financingNeeds" label="融资需求" required className="sm:col-span-2" maxLength={LIMITS.financingNeeds} hint={left("financingNeeds")} {...field("financingNeeds")} />
        <TextAreaField id="coreStrengths" label="核心竞争力" required className="sm:col-span-2" maxLength={LIMITS.coreStrengths} hint={left("coreStrengths")} {...field("coreStrengths")} />
        <div className="sm:col-span-2">
          <FileUploadField
            id="businessPlan"
            name="businessPlan"
            kind="business-plan"
            label="上传项目计划书"
            hint="此项目计划书不在网站公开,仅限平台入驻基金机构查看。"
            error={errorOf("businessPlan")}
            defaultFile={fileOf("businessPlan", current?.plan)}
          />
        </div>
        <div className="sm:col-span-2">
          <FileUploadField
            id="image"
            name="image"
            kind="image"
            uploadthing="projectImage"
            label="上传形象展示"
            hint="将在项目详情页公开展示。"
            error={errorOf("image")}
            defaultFile={fileOf("image", current?.image)}
          />
        </div>
      </FormSection>
      <FormSection title="联系方式">
        <TextField id="contactName" label="联系人" required autoComplete="name" {...field("contactName")} />
        <TextField id="contactPhone" label="联系电话" required inputMode="tel" autoComplete="tel" hint="不在网站公开" {...field("contactPhone")} />
        <TextField id="enterpriseName" label="企业名称" required autoComplete="organization" {...field("enterpriseName")} />
        <TextField id="uscc" label="社会统一信用代码" required maxLength={18} autoCapitalize="characters" {...field("uscc")} />
      </FormSection>
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={pending}>提交</SubmitButton>
        <button
          type="reset"
          onClick={() => form.reset(defaults)}
          className="inline-flex min-h-11 items-center justify-center rounded border border-slate-300 bg-white px-5 text-base text-slate-800 hover:bg-slate-50"
        >
          重置
        </button>
      </div>
    </form>
  );
}

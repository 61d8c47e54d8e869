"use client";

import type { FormAction } from "@/lib/actions/result";
import { INDUSTRIES, LIMITS, projectSchema } from "@/lib/equity/schema";
import { FieldError, FieldLabel } from "@/components/ui/field";
import { FormSection, SelectField, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

const INDUSTRY_OPTIONS = INDUSTRIES.map((v) => ({ value: v, label: v }));

// 发布股权融资 (manual 2.8). The files travel with the form (multipart) and are checked on their bytes
// on the server; a refused form keeps every typed field, the files must be chosen again.
export function ProjectForm({
  action,
  defaults,
  current,
}: {
  action: FormAction;
  defaults: Record<string, string>;
  current?: { plan: string | null; image: string | null };
}) {
  const { form, state, pending, formProps, formName, field, errorOf } = useActionForm({ name: "equity-project", schema: projectSchema, action, defaults });
  const left = (name: keyof typeof LIMITS) => {
    const value = form.watch(name);
    return `还可输入${Math.max(0, LIMITS[name] - (typeof value === "string" ? value.length : 0))}字`;
  };
  return (
    <form {...formProps} encType="multipart/form-data" className="space-y-5" aria-label="发布股权融资">
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
          <FieldLabel id="businessPlan" label="上传项目计划书" />
          <input
            id="businessPlan"
            name="businessPlan"
            type="file"
            accept=".pdf,.ppt,.pptx,application/pdf,application/vnd.ms-powerpoint,application/vnd.openxmlformats-officedocument.presentationml.presentation"
            aria-describedby="businessPlan-hint"
            aria-invalid={errorOf("businessPlan") ? true : undefined}
            className="block min-h-11 w-full text-base"
          />
          <p id="businessPlan-hint" className="mt-1 text-sm text-slate-700">
            仅支持 PDF、PPT、PPTX 格式，不超过20MB。此项目计划书不在网站公开，仅限平台入驻基金机构查看
            {current?.plan ? `。已上传：${current.plan}（不重新选择则保留）` : ""}
          </p>
          <FieldError id="businessPlan" error={errorOf("businessPlan")} />
        </div>
        <div className="sm:col-span-2">
          <FieldLabel id="image" label="上传形象展示" />
          <input
            id="image"
            name="image"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            aria-describedby="image-hint"
            aria-invalid={errorOf("image") ? true : undefined}
            className="block min-h-11 w-full text-base"
          />
          <p id="image-hint" className="mt-1 text-sm text-slate-700">
            支持 PNG、JPG、WEBP 格式，不超过5MB，将在项目详情页公开展示{current?.image ? "。已上传图片（不重新选择则保留）" : ""}
          </p>
          <FieldError id="image" error={errorOf("image")} />
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

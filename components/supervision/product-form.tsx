"use client";

import { ChoiceGroupField } from "@/components/ui/choice-fields";
import { FormSection, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { productSchema } from "@/lib/org-products/schema";
import { LOAN_METHODS, PRODUCT_CATEGORIES, PRODUCT_FEATURES, PRODUCT_TAGS, REGIONS } from "@/lib/reference";

// 产品管理: every field of a catalogue product, in the order of its public page.
export function ProductForm({ action, defaults, submitLabel }: { action: FormAction; defaults: Record<string, string | string[]>; submitLabel: string }) {
  const { state, pending, formProps, formName, field, choice, errorOf } = useActionForm({ name: "org-product", schema: productSchema, action, defaults });
  const group = (id: string, name: string, label: string, options: readonly { value: string; label: string }[], type: "radio" | "checkbox", required = false) => (
    <ChoiceGroupField id={id} label={label} required={required} type={type} className="sm:col-span-2" options={options} error={errorOf(name)} inputProps={choice(name)} />
  );
  return (
    <form {...formProps} className="space-y-5" aria-label={submitLabel}>
      {formName}
      <FormStatus state={state} />
      <FormSection title="基本信息">
        <TextField id="p-name" label="产品名称" required className="sm:col-span-2" maxLength={60} {...field("name")} />
        {group("p-category", "category", "类型", PRODUCT_CATEGORIES, "radio", true)}
        {group("p-tags", "tags", "标签", PRODUCT_TAGS, "checkbox")}
        {group("p-features", "features", "特色", PRODUCT_FEATURES, "checkbox")}
        {group("p-methods", "methods", "融资方式", LOAN_METHODS, "checkbox", true)}
        <TextField id="p-rate" label="最低利率" required inputMode="decimal" suffix="%（年化）" {...field("minRate")} />
        <TextField id="p-amount" label="最高额度" required inputMode="decimal" suffix="万元" {...field("maxAmount")} />
        <TextField id="p-term" label="最长期限" required inputMode="numeric" suffix="个月" {...field("maxTermMonths")} />
        {group("p-regions", "regions", "地区", REGIONS, "checkbox", true)}
        <TextField id="p-area" label="适用地区" required className="sm:col-span-2" maxLength={100} {...field("applicableArea")} />
        <TextAreaField id="p-highlights" label="产品特点" required className="sm:col-span-2" maxLength={200} {...field("highlights")} />
        <TextAreaField id="p-intro" label="产品介绍" required className="sm:col-span-2" rows={6} maxLength={2000} {...field("introduction")} />
      </FormSection>
      <FormSection title="还款说明">
        <TextField id="p-repay" label="还款方式" required maxLength={200} {...field("repaymentMethod")} />
        <TextField id="p-prepay" label="提前还款" required maxLength={200} {...field("prepayment")} />
      </FormSection>
      <FormSection title="准入条件">
        <TextField id="p-age" label="年龄要求" maxLength={200} {...field("ageRequirement")} />
        <TextField id="p-business" label="经营要求" maxLength={200} {...field("businessRequirement")} />
        <TextField id="p-work" label="工作要求" maxLength={200} {...field("workRequirement")} />
        <TextField id="p-asset" label="资产要求" maxLength={200} {...field("assetRequirement")} />
        <TextField id="p-income" label="收入要求" maxLength={200} {...field("incomeRequirement")} />
        <TextAreaField id="p-materials" label="所需材料" className="sm:col-span-2" maxLength={1000} {...field("requiredMaterials")} />
      </FormSection>
      <SubmitButton variant="brand" pending={pending} pendingText="保存中…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

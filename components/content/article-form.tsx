"use client";

import type { FormAction } from "@/lib/actions/result";
import { articleSchema, BODY_MAX_LENGTH } from "@/lib/content/schema";
import { KIND_OPTIONS, POLICY_AUDIENCES, POLICY_TOPICS } from "@/lib/content/reference";
import { todayInShanghai } from "@/lib/validation/fields";
import { ChoiceGroupField, CheckboxField } from "@/components/ui/choice-fields";
import { CoverField } from "@/components/ui/cover-field";
import { TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import { useHydrated } from "@/components/ui/use-hydrated";

export type ArticleFormDefaults = Record<string, string | string[] | boolean>;

const MARKDOWN_HINT = (
  <>
    支持 Markdown：空一行另起一段；<code>## 小标题</code>；<code>**加粗**</code>；以 <code>- </code> 开头为列表、<code>1. </code>
    为编号列表；<code>[链接文字](https://…)</code>。正文不支持图片、网页代码和脚本（会被去掉），封面图片请在下方上传。保存后可点“预览”查看效果。
  </>
);

// 政策与新闻's form: everything of an item but its status (发布, 下架 and 置顶 are buttons of their own).
// 主题 and 适用对象 belong to policies: with JavaScript they are hidden while 新闻动态 is chosen; without
// it (or before the script runs) they stay visible, so that a change of 类别 never hides a field
// that must be filled in.
export function ArticleForm({
  action,
  defaults,
  label,
  submitLabel,
}: {
  action: FormAction;
  defaults: ArticleFormDefaults;
  label: string; // the form's accessible name
  submitLabel: string;
}) {
  const { form, state, pending, formProps, formName, field, choice, checkbox, errorOf } = useActionForm({
    name: "article",
    schema: articleSchema,
    action,
    defaults,
  });
  const echoedCover = state && !state.ok ? state.values.coverId : undefined;
  const currentCover = typeof echoedCover === "string" ? echoedCover || null : typeof defaults.coverId === "string" ? defaults.coverId || null : null;
  const hydrated = useHydrated();
  const isNews = (form.watch("kind") ?? defaults.kind) === "NEWS";
  return (
    <form {...formProps} aria-label={label} className="space-y-5">
      {formName}
      <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <ChoiceGroupField id="article-kind" label="类别" required options={KIND_OPTIONS} error={errorOf("kind")} inputProps={choice("kind")} />
        <TextField id="article-title" label="标题" required maxLength={100} {...field("title")} />
        <div className="grid gap-4 sm:grid-cols-[1fr_14rem]">
          <TextField
            id="article-source"
            label="发布机构/来源"
            required
            maxLength={100}
            hint="政策填写发文机关，如：天水市人民政府办公室；新闻填写来源，如：天水日报"
            {...field("source")}
          />
          <TextField id="article-date" label="发布日期" required type="date" max={todayInShanghai()} {...field("publishedOn")} />
        </div>
        <TextAreaField id="article-summary" label="摘要" required rows={3} maxLength={300} hint="显示在列表和搜索结果中，300字以内" {...field("summary")} />
        <TextAreaField
          id="article-body"
          label="正文"
          required
          rows={16}
          maxLength={BODY_MAX_LENGTH}
          hint={MARKDOWN_HINT}
          className="[&_textarea]:font-mono [&_textarea]:text-[15px] [&_textarea]:leading-7"
          {...field("body")}
        />
      </section>

      <section
        aria-labelledby="article-policy-heading"
        hidden={hydrated && isNews}
        className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6"
      >
        <h2 id="article-policy-heading" className="text-lg font-semibold text-slate-900">
          政策属性<span className="ml-2 text-sm font-normal text-slate-600">仅政策指南填写，用于政策筛选和首贷、续贷中心</span>
        </h2>
        <ChoiceGroupField id="article-topics" label="主题" type="checkbox" hint="可多选" options={POLICY_TOPICS} error={errorOf("topics")} inputProps={choice("topics")} />
        <ChoiceGroupField
          id="article-audiences"
          label="适用对象"
          type="checkbox"
          hint="可多选，政策指南至少选一项"
          options={POLICY_AUDIENCES}
          error={errorOf("audiences")}
          inputProps={choice("audiences")}
        />
      </section>

      <section className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <TextAreaField
          id="article-attachments"
          label="附件"
          rows={3}
          hint="每行一个：标题 | 网址，如：政策原文 | https://www.tianshui.gov.cn/…（网址须以 http:// 或 https:// 开头）"
          className="[&_textarea]:font-mono [&_textarea]:text-[15px]"
          {...field("attachments")}
        />
        <CheckboxField id="article-pinned" {...checkbox("pinned")}>
          置顶（在列表和首页中排在最前）
        </CheckboxField>
      </section>

      <CoverField
        idPrefix="article"
        currentId={currentCover}
        hadCover={typeof defaults.coverId === "string" && !!defaults.coverId}
        error={errorOf("cover")}
        altProps={field("coverAlt")}
        removeProps={checkbox("coverRemove")}
      />

      <FormStatus state={state} />
      <SubmitButton variant="brand" pending={pending} pendingText="保存中…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

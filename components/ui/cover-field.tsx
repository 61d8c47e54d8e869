"use client";

import { CheckboxField } from "./choice-fields";
import { TextField } from "./fields";
import { FileUploadField } from "./file-upload";

// What the form hook gives for a text field and a checkbox (use-action-form.ts `field`, `checkbox`).
type FieldProps = Record<string, unknown>;

// 封面图片 for the admin forms of 金融活动 and 资讯动态 (lib/uploads/cover.ts): the upload control (a PUBLIC
// image, PNG/JPG/WEBP ≤ 5 MB by its bytes), its 图片说明 (required with a cover: the alt text), and — when
// the record already has a cover — 移除封面, the way to drop it without JavaScript (with it, 移除 in the
// control does the same).
export function CoverField({
  idPrefix,
  currentId,
  hadCover,
  error,
  altProps,
  removeProps,
}: {
  idPrefix: string;
  currentId: string | null; // the stored cover, or the echo of a refused form
  hadCover: boolean; // the record being edited has a cover
  error?: string;
  altProps: FieldProps;
  removeProps: FieldProps;
}) {
  return (
    <section aria-labelledby={`${idPrefix}-cover-heading`} className="grid gap-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 id={`${idPrefix}-cover-heading`} className="text-lg font-semibold text-slate-900">
        封面图片<span className="ml-2 text-sm font-normal text-slate-600">选填，显示在列表和详情页</span>
      </h2>
      <FileUploadField
        id={`${idPrefix}-cover`}
        name="cover"
        kind="image"
        uploadthing="contentImage"
        label="封面图片"
        hint="建议横图（16:9）。"
        error={error}
        defaultFile={currentId ? { id: currentId, name: "当前封面" } : null}
      />
      <TextField id={`${idPrefix}-cover-alt`} label="图片说明" maxLength={100} hint="有封面时必填：用一句话描述图片内容，供读屏软件朗读" {...altProps} />
      {hadCover ? (
        <CheckboxField id={`${idPrefix}-cover-remove`} {...removeProps}>
          移除封面（保存后列表和详情页不再显示图片）
        </CheckboxField>
      ) : null}
    </section>
  );
}

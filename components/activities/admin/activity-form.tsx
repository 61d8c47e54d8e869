"use client";

import type { FormAction } from "@/lib/actions/result";
import { ACTIVITY_FIELDS as F, activitySchema } from "@/lib/activities/schema";
import { CoverField } from "@/components/ui/cover-field";
import { FormSection, TextAreaField, TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 管理后台: create or edit an activity, every field. Times are Tianshui time (the browser's picker).
export function ActivityForm({
  action,
  defaults,
  submitLabel,
  placesTaken = 0,
}: {
  action: FormAction;
  defaults: Record<string, string>;
  submitLabel: string;
  placesTaken?: number;
}) {
  const { state, pending, formProps, formName, field, checkbox, errorOf } = useActionForm({ name: "activity", schema: activitySchema, action, defaults });
  const echoedCover = state && !state.ok ? state.values.coverId : undefined;
  const currentCover = typeof echoedCover === "string" ? echoedCover || null : defaults.coverId || null;
  return (
    <form {...formProps} className="space-y-5" aria-label={submitLabel}>
      {formName}
      <FormStatus state={state} />
      <FormSection title="基本信息">
        <TextField id="title" label={F.title} required className="sm:col-span-2" maxLength={100} {...field("title")} />
        <TextAreaField id="summary" label={F.summary} required className="sm:col-span-2" maxLength={200} hint="显示在活动列表中，200字以内" {...field("summary")} />
        <TextField id="organizer" label={F.organizer} required maxLength={100} {...field("organizer")} />
        <TextField id="address" label={F.address} required maxLength={200} {...field("address")} />
      </FormSection>
      <FormSection title="时间与名额">
        <TextField id="startAt" label={F.startAt} required type="datetime-local" {...field("startAt")} />
        <TextField id="endAt" label={F.endAt} required type="datetime-local" hint="须晚于开始时间" {...field("endAt")} />
        <TextField id="registrationDeadline" label={F.registrationDeadline} required type="datetime-local" hint="不能晚于开始时间" {...field("registrationDeadline")} />
        <TextField
          id="capacity"
          label={F.capacity}
          required
          inputMode="numeric"
          suffix="人"
          hint={placesTaken > 0 ? `已报名${placesTaken}人，限制人数不能少于此数` : "每次报名最多5人"}
          {...field("capacity")}
        />
      </FormSection>
      <section className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <TextAreaField
          id="body"
          label={F.body}
          required
          rows={12}
          hint="支持 Markdown：## 小标题、- 列表、**加粗**、[链接](https://…)。正文中不能插入图片，封面请在下方上传。"
          {...field("body")}
        />
      </section>
      <CoverField
        idPrefix="activity"
        currentId={currentCover}
        hadCover={!!defaults.coverId}
        error={errorOf("cover")}
        altProps={field("coverAlt")}
        removeProps={checkbox("coverRemove")}
      />
      <SubmitButton variant="brand" pending={pending} pendingText="保存中…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}

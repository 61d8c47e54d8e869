"use client";

import { SelectField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ActionResult } from "@/lib/actions/result";
import { REVEAL_REASONS, revealSchema } from "@/lib/applications/reveal-schema";

const OPTIONS = Object.entries(REVEAL_REASONS).map(([value, label]) => ({ value, label }));

// 查看完整信息: a reason, then the clear data for 10 minutes (the view is in the audit log with the reason).
type RevealAction = (previous: ActionResult<{ applicationId: string }> | null, input: FormData) => Promise<ActionResult<{ applicationId: string }>>;

export function RevealForm({ action }: { action: RevealAction }) {
  const { state, pending, formProps, formName, field } = useActionForm({
    name: "reveal-application",
    schema: revealSchema,
    action,
    defaults: { reason: "" },
  });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3" aria-label="查看完整信息">
      {formName}
      <FormStatus state={state} />
      <SelectField id="reveal-reason" label="查看原因" required options={OPTIONS} className="min-w-48" {...field("reason")} />
      <SubmitButton pending={pending} pendingText="正在处理…">
        查看完整信息
      </SubmitButton>
    </form>
  );
}

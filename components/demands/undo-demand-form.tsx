"use client";

import type { FormAction } from "@/lib/actions/result";
import { withdrawSchema } from "@/lib/demands/schema";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";

// 撤销本次需求 right after 发布, one click for ten minutes (lib/domain/undo.ts): the same 撤回 action and rules as
// the 撤回需求 form below it, its confirmation given by the press itself (a hidden `confirm`).
export function UndoDemandForm({ minutesLeft, action }: { minutesLeft: number; action: FormAction }) {
  const { state, pending, formProps, formName, hidden } = useActionForm({ name: "undo-demand", schema: withdrawSchema, action, defaults: { confirm: "on" } });
  return (
    <form {...formProps} className="space-y-2 rounded border border-slate-200 bg-white px-4 py-3" aria-label="撤销本次需求">
      {formName}
      <input type="hidden" {...hidden("confirm")} />
      <p className="text-sm text-slate-700">发布有误？{minutesLeft}分钟内可一键撤销本次需求（之后仍可在本页撤回）。</p>
      <FormStatus state={state} />
      <SubmitButton variant="danger" pending={pending} pendingText="正在撤销…">
        撤销本次需求
      </SubmitButton>
    </form>
  );
}

"use client";

import { TextField } from "@/components/ui/fields";
import { FormStatus, SubmitButton } from "@/components/ui/form-status";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FormAction } from "@/lib/actions/result";
import { auditActorSchema } from "@/lib/supervision/schema";

// 审计日志 → 操作人手机号: a phone number is personal data, so it is posted (never a GET query): the server answers
// with the list filtered by the account's id (`actor=<userId>`); an unknown number comes back beside the field as typed.
// The page's other filters go along hidden, so the redirect keeps them.
export function AuditActorForm({ action, filter }: { action: FormAction; filter: { action?: string; from?: string; to?: string } }) {
  const { state, pending, formProps, formName, field, hidden } = useActionForm({
    name: "audit-actor",
    // A new document (app/(admin)/admin/audit/actor/route.ts): a success after a refusal commits.
    post: "/admin/audit/actor",
    schema: auditActorSchema,
    action,
    defaults: { actorPhone: "", action: filter.action ?? "", from: filter.from ?? "", to: filter.to ?? "" },
  });
  return (
    <form {...formProps} className="space-y-2" aria-label="查找操作人">
      {formName}
      <input type="hidden" {...hidden("action")} />
      <input type="hidden" {...hidden("from")} />
      <input type="hidden" {...hidden("to")} />
      <div className="flex flex-wrap items-start gap-3">
        <TextField
          id="audit-actor-phone"
          label="操作人手机号"
          inputMode="numeric"
          maxLength={11}
          autoComplete="off"
          className="w-56"
          {...field("actorPhone")}
        />
        <SubmitButton variant="brand" pending={pending} pendingText="查找中…" className="mt-8">
          按手机号查找
        </SubmitButton>
      </div>
      <FormStatus state={state && !state.ok ? state : null} />
    </form>
  );
}

"use client";

import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { FormStatus } from "./form-status";

// 撤回 asks for confirmation first: a disclosure that works without JavaScript.
export function WithdrawForm({ number, action }: { number: string; action: (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown> | null> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <details className="rounded border border-red-200 bg-red-50/50 p-3">
      <summary className="cursor-pointer font-medium text-red-800">撤回申请</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <p className="text-sm text-slate-800">
          确定要撤回申请 <strong>{number}</strong> 吗？撤回后金融机构将不再办理，且不能恢复；如仍需贷款，请重新申请。
        </p>
        <FormStatus state={state} />
        <button type="submit" disabled={pending} className="h-10 rounded bg-red-700 px-5 text-white hover:bg-red-800 disabled:opacity-70">
          {pending ? "处理中…" : "确认撤回"}
        </button>
      </form>
    </details>
  );
}

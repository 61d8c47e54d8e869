"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/result";
import { FORM_NAME_FIELD } from "@/lib/actions/input";
import { useFormReply } from "./form-reply";
import { SubmitButton } from "./form-status";

// A form that is only a button (退出, 标为已读, 全部标为已读): posts to its server action with or
// without JavaScript, shows progress, and says why when the server refuses.
export function ActionButton({
  action,
  name,
  children,
  pendingText,
  hidden,
  className = "inline",
  buttonClassName,
}: {
  action: FormAction;
  name?: string; // to see a refusal also without JavaScript (lib/actions/native-reply.ts)
  children: React.ReactNode;
  pendingText?: string;
  hidden?: Record<string, string>;
  className?: string;
  buttonClassName?: string;
}) {
  const reply = useFormReply(name ?? "");
  const [state, formAction, pending] = useActionState(action, name ? reply : null);
  return (
    <form action={formAction} className={className}>
      {name ? <input type="hidden" name={FORM_NAME_FIELD} value={name} /> : null}
      {Object.entries(hidden ?? {}).map(([field, value]) => (
        <input key={field} type="hidden" name={field} value={value} />
      ))}
      {buttonClassName ? (
        <button type="submit" disabled={pending} aria-busy={pending || undefined} className={buttonClassName}>
          {pending && pendingText ? pendingText : children}
        </button>
      ) : (
        <SubmitButton variant="brand" pending={pending} pendingText={pendingText}>
          {children}
        </SubmitButton>
      )}
      {state && !state.ok ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}

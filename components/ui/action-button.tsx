"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions/result";
import { SubmitButton } from "./form-status";

// A form that is only a button (退出, 标为已读, 全部标为已读): posts to its server action with or
// without JavaScript, shows progress, and says why when the server refuses.
export function ActionButton({
  action,
  children,
  pendingText,
  hidden,
  className = "inline",
  buttonClassName,
}: {
  action: FormAction;
  children: React.ReactNode;
  pendingText?: string;
  hidden?: Record<string, string>;
  className?: string;
  buttonClassName?: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
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

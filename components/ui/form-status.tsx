"use client";

import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes, ReactNode } from "react";

// The form's outcome, announced to screen readers (errors assertively). With field errors the
// message says where to look.
export function FormStatus({
  state,
  notice,
}: {
  state: { ok: boolean; message: string | null; fieldErrors?: Record<string, string> } | null;
  notice?: string | null;
}) {
  const message = state?.message ?? notice ?? null;
  const failed = state ? !state.ok : false;
  const hasFieldErrors = failed && !!state && "fieldErrors" in state && Object.keys(state.fieldErrors ?? {}).length > 0;
  return (
    <div aria-live="polite">
      {message ? (
        <p
          role={failed ? "alert" : "status"}
          className={
            failed
              ? "rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800"
              : "rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-800"
          }
        >
          {message}
          {hasFieldErrors ? "，错误信息已标注在对应填写项旁。" : null}
        </p>
      ) : null}
    </div>
  );
}

const VARIANTS = {
  primary: "bg-accent-600 px-8 text-white hover:bg-orange-800",
  brand: "bg-brand-700 px-5 text-white hover:bg-brand-800",
  block: "w-full bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800",
  danger: "bg-red-700 px-5 text-white hover:bg-red-800",
  success: "bg-green-700 px-5 text-white hover:bg-green-800",
  warning: "bg-orange-700 px-5 text-white hover:bg-orange-800",
} as const;

// Shows progress and cannot be pressed twice while its form submits (also for forms without a hook).
export function SubmitButton({
  children,
  pending,
  pendingText = "提交中…",
  variant = "primary",
  className = "",
  ...rest
}: ButtonHTMLAttributes<HTMLButtonElement> & {
  children: ReactNode;
  pending?: boolean;
  pendingText?: string;
  variant?: keyof typeof VARIANTS;
}) {
  const status = useFormStatus();
  const busy = pending ?? status.pending;
  return (
    <button
      type="submit"
      disabled={busy}
      aria-busy={busy || undefined}
      className={`inline-flex min-h-11 items-center justify-center rounded text-base font-medium disabled:cursor-wait disabled:opacity-70 ${VARIANTS[variant]} ${className}`}
      {...rest}
    >
      {busy ? pendingText : children}
    </button>
  );
}

import type { ReactNode } from "react";

// What every form control shares: a label bound to the control (the required star outside the
// accessible name), a hint and an error bound by aria-describedby, and the error announced.
export interface FieldShellProps {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  suffix?: string; // a unit shown after the control (万, 月, %)
}

export const controlClass =
  "block w-full min-w-0 rounded border border-slate-400 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-600";

export function describedBy({ id, error, hint, suffix }: Pick<FieldShellProps, "id" | "error" | "hint" | "suffix">): string | undefined {
  const ids = [suffix && `${id}-unit`, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function RequiredMark({ required }: { required?: boolean }) {
  return required ? (
    <span aria-hidden="true" className="mr-0.5 text-red-700">
      *
    </span>
  ) : null;
}

export function FieldLabel({ id, label, required }: Pick<FieldShellProps, "id" | "label" | "required">) {
  return (
    <div className="mb-1.5 text-[15px] font-medium text-slate-800">
      <RequiredMark required={required} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

// The line is always there: an error that appears when a field loses focus must not move what is
// below it (a tap on the button underneath would land elsewhere).
export function FieldError({ id, error }: { id: string; error?: string }) {
  return (
    <p id={`${id}-error`} role={error ? "alert" : undefined} className="mt-1 min-h-5 text-sm text-red-700">
      {error}
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
      {hint}
    </p>
  ) : null;
}

import type { InputHTMLAttributes, ReactNode } from "react";

// A labelled input with its hint and its error beside it (aria-describedby / aria-invalid).
// The required star sits outside the <label>, so the accessible name is exactly the label text.
interface Props extends InputHTMLAttributes<HTMLInputElement> {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  trailing?: ReactNode; // e.g. the 发送验证码 button
}

export const inputClass =
  "block w-full min-w-0 rounded border border-slate-400 bg-white px-3 py-2.5 text-base text-slate-900 placeholder:text-slate-500 focus:border-brand-600 aria-[invalid=true]:border-red-600";

export function TextField({ id, label, error, hint, trailing, required, className, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  return (
    <div className={className}>
      <div className="mb-1.5 flex items-baseline gap-0.5 text-[15px] font-medium text-slate-800">
        {required ? (
          <span aria-hidden="true" className="text-red-600">
            *
          </span>
        ) : null}
        <label htmlFor={id}>{label}</label>
      </div>
      <div className="flex gap-2">
        <input
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(" ")}
          className={inputClass}
          {...input}
        />
        {trailing}
      </div>
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      <p id={errorId} className="mt-1 min-h-5 text-sm text-red-700">
        {error}
      </p>
    </div>
  );
}

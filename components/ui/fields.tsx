import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { controlClass, describedBy, FieldError, FieldHint, FieldLabel, type FieldShellProps } from "./field";

// Text, number, date and select controls with their label, hint, unit and error.

type InputProps = FieldShellProps &
  Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { ref?: Ref<HTMLInputElement>; trailing?: ReactNode };

export function TextField({ id, label, required, error, hint, suffix, trailing, className, ...input }: InputProps) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} required={required} />
      <div className="flex items-center gap-2">
        <input
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, error, hint, suffix })}
          className={controlClass}
          {...input}
        />
        {suffix ? (
          <span id={`${id}-unit`} className="shrink-0 text-sm text-slate-700">
            {suffix}
          </span>
        ) : null}
        {trailing}
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

type TextAreaProps = FieldShellProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ id, label, required, error, hint, className, ...area }: TextAreaProps) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} required={required} />
      <textarea
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, error, hint })}
        className={`${controlClass} min-h-28`}
        {...area}
      />
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

type SelectProps = FieldShellProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
    options: readonly { value: string; label: string }[];
    placeholder?: string;
    ref?: Ref<HTMLSelectElement>;
  };

export function SelectField({ id, label, required, error, hint, options, placeholder = "请选择", className, ...select }: SelectProps) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} required={required} />
      <select
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, error, hint })}
        className={controlClass}
        {...select}
      >
        {select.multiple ? null : <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

export function FormSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
      <h2 className="mb-4 text-lg font-semibold text-slate-900">{title}</h2>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </section>
  );
}

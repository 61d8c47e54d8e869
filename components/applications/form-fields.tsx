import type { InputHTMLAttributes, ReactNode, Ref, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// Labelled form controls: the label is bound to the control, the error sits beside it and is announced
// (aria-invalid + aria-describedby), units and hints are part of the description.

const control =
  "block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 focus:border-brand-600 aria-[invalid=true]:border-red-600";
const border = "border-slate-400";

interface FieldShell {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: string;
  suffix?: string;
}

function describedBy({ id, error, hint, suffix }: FieldShell): string | undefined {
  const ids = [suffix && `${id}-unit`, hint && `${id}-hint`, error && `${id}-error`].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldLabel({ id, label, required }: Pick<FieldShell, "id" | "label" | "required">) {
  return (
    <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-800">
      {required ? (
        <span aria-hidden="true" className="mr-0.5 text-red-700">
          *
        </span>
      ) : null}
      {label}
    </label>
  );
}

export function FieldMessages({ id, error, hint }: Pick<FieldShell, "id" | "error" | "hint">) {
  return (
    <>
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </>
  );
}

type InputProps = FieldShell & Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & { ref?: Ref<HTMLInputElement> };

export function TextField({ id, label, required, error, hint, suffix, className, ...input }: InputProps) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} required={required} />
      <div className="flex items-center gap-2">
        <input
          id={id}
          required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy({ id, label, error, hint, suffix })}
          className={`${control} ${border}`}
          {...input}
        />
        {suffix ? (
          <span id={`${id}-unit`} className="shrink-0 text-sm text-slate-700">
            {suffix}
          </span>
        ) : null}
      </div>
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

type SelectProps = FieldShell &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
    options: { value: string; label: string }[];
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
        aria-describedby={describedBy({ id, label, error, hint })}
        className={`${control} ${border}`}
        {...select}
      >
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

type TextAreaProps = FieldShell & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & { ref?: Ref<HTMLTextAreaElement> };

export function TextAreaField({ id, label, required, error, hint, className, ...area }: TextAreaProps) {
  return (
    <div className={className}>
      <FieldLabel id={id} label={label} required={required} />
      <textarea
        id={id}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ id, label, error, hint })}
        className={`${control} ${border} min-h-28`}
        {...area}
      />
      <FieldMessages id={id} error={error} hint={hint} />
    </div>
  );
}

// A group of radio buttons (有/无, 是/否, 先生/女士): a fieldset whose legend names the question.
export function RadioGroupField({
  id,
  label,
  required,
  error,
  options,
  className,
  inputProps,
}: FieldShell & {
  options: { value: string; label: string }[];
  className?: string;
  inputProps: (value: string) => InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };
}) {
  return (
    <fieldset
      role="radiogroup"
      className={className}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      aria-required={required || undefined}
    >
      <legend className="mb-1 text-sm font-medium text-slate-800">
        {required ? (
          <span aria-hidden="true" className="mr-0.5 text-red-700">
            *
          </span>
        ) : null}
        {label}
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2 py-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-8 items-center gap-2 text-base text-slate-900">
            <input type="radio" value={o.value} className="h-4 w-4 accent-brand-700" {...inputProps(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldMessages id={id} error={error} />
    </fieldset>
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

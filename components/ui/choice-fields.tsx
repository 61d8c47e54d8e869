import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { FieldError, FieldHint, RequiredMark } from "./field";

type ChoiceInputProps = InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> };

// A group of radio buttons (有/无, 是/否, 先生/女士) or checkboxes (several banks): a fieldset whose
// legend names the question; the error is bound to the group.
export function ChoiceGroupField({
  id,
  label,
  required,
  error,
  hint,
  type = "radio",
  options,
  className,
  inputProps,
}: {
  id: string;
  label: string;
  required?: boolean;
  error?: string;
  hint?: ReactNode;
  type?: "radio" | "checkbox";
  options: readonly { value: string; label: string }[];
  className?: string;
  inputProps: (value: string) => ChoiceInputProps;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      id={id}
      role={type === "radio" ? "radiogroup" : "group"}
      className={className}
      aria-invalid={error ? true : undefined}
      aria-describedby={described}
      // aria-required is allowed on a radiogroup, not on a group of checkboxes (the legend's star says it).
      aria-required={(type === "radio" && required) || undefined}
    >
      <legend className="mb-1.5 text-[15px] font-medium text-slate-800">
        <RequiredMark required={required} />
        {label}
      </legend>
      <div className="flex flex-wrap gap-x-6 gap-y-2 py-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-11 items-center gap-2 text-base text-slate-900">
            <input type={type} value={o.value} className="h-5 w-5 accent-brand-700" {...inputProps(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

// One checkbox with its own text (a declaration, an agreement): the error is bound to the box.
export function CheckboxField({
  id,
  children,
  error,
  className,
  ...input
}: Omit<ChoiceInputProps, "id" | "children"> & { id: string; children: ReactNode; error?: string }) {
  return (
    <div className={className}>
      <div className="flex items-start gap-2">
        <input
          id={id}
          type="checkbox"
          className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...input}
        />
        <label htmlFor={id} className="text-base text-slate-900">
          {children}
        </label>
      </div>
      <FieldError id={id} error={error} />
    </div>
  );
}

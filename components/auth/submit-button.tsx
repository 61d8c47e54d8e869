import type { ButtonHTMLAttributes } from "react";

export function SubmitButton({ pending, children, ...rest }: ButtonHTMLAttributes<HTMLButtonElement> & { pending?: boolean }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending || undefined}
      className="w-full rounded bg-brand-700 px-4 py-3 text-base font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      {...rest}
    >
      {children}
    </button>
  );
}

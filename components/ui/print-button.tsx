"use client";

import { useSyncExternalStore } from "react";

// 打印 / 另存为PDF: the browser's print dialog (which also saves a PDF); the print stylesheet in
// app/globals.css leaves only the record. Rendered once the page's script runs (it needs it);
// without JavaScript the browser's own 打印 does the same.
const noSubscribe = () => () => {};

// With `only` (an element id), just that record of a list prints (app/globals.css, .printing-one).
export function PrintButton({ label = "打印 / 另存为PDF", only }: { label?: string; only?: string }) {
  const ready = useSyncExternalStore(noSubscribe, () => typeof window.print === "function", () => false);
  if (!ready) return null;
  return (
    <button
      type="button"
      onClick={() => {
        const target = only ? document.getElementById(only) : null;
        target?.classList.add("print-target");
        if (target) document.body.classList.add("printing-one");
        window.print(); // blocks until the dialog closes
        target?.classList.remove("print-target");
        document.body.classList.remove("printing-one");
      }}
      className="inline-flex min-h-11 items-center rounded border border-brand-700 px-4 text-sm font-medium text-brand-800 hover:bg-brand-50 print:hidden"
    >
      {label}
    </button>
  );
}

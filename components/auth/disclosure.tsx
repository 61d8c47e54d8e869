"use client";

import { useId, useState, type ReactNode } from "react";

// A button that shows and hides a panel (修改手机号 / 修改账号登录密码), with aria-expanded.
export function Disclosure({ label, children, defaultOpen = false }: { label: string; children: ReactNode; defaultOpen?: boolean }) {
  const [open, setOpen] = useState(defaultOpen);
  const panelId = useId();
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((v) => !v)}
        className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        {label}
      </button>
      <div id={panelId} hidden={!open} className="mt-4">
        {children}
      </div>
    </div>
  );
}

import type { ReactNode } from "react";

// A panel that opens and closes (修改手机号 / 修改账号登录密码): a native <details>, so it works
// without JavaScript and stays open after a form inside it is refused.
export function Disclosure({ label, children, defaultOpen = false }: { label: string; children: ReactNode; defaultOpen?: boolean }) {
  return (
    <details open={defaultOpen || undefined} className="group">
      <summary className="inline-flex min-h-11 cursor-pointer list-none items-center rounded border border-brand-700 px-3 text-sm font-medium text-brand-700 hover:bg-brand-50 [&::-webkit-details-marker]:hidden">
        {label}
      </summary>
      <div className="mt-4">{children}</div>
    </details>
  );
}

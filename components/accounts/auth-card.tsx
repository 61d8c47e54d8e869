import type { ReactNode } from "react";

// The frame of the login and registration pages: one narrow card, comfortable on a phone.
export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-8 sm:py-12">
      <div className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <h1 className="mb-6 text-center text-2xl font-bold text-brand-800">{title}</h1>
        {children}
      </div>
      {footer}
    </div>
  );
}

import type { ReactNode } from "react";
import type { DetailField } from "@/lib/applications/view";
import type { HistoryEntry } from "@/lib/applications/view";
import { StatusBadge } from "./status-badge";
import { StatusHistory } from "./status-history";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";

export function DetailList({ fields }: { fields: DetailField[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
      {fields.map((f) => (
        <div key={f.label} className="flex gap-3 border-b border-slate-100 py-1.5">
          <dt className="w-36 shrink-0 text-slate-600">{f.label}</dt>
          <dd className="min-w-0 break-all text-slate-900">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}

// The blocks of an application's detail page, shared by the applicant's and the institution's views.
export function SummaryItem({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">{label}</dt>
      <dd className="mt-1 break-all text-slate-900">{value}</dd>
    </div>
  );
}

export function StatusItem({ status }: { status: ApplicationStatus }) {
  return (
    <div>
      <dt className="text-sm text-slate-600">申贷状态</dt>
      <dd className="mt-1"><StatusBadge status={status} /></dd>
    </div>
  );
}

export function ApplicationDataSection({ fields, note }: { fields: DetailField[]; note?: ReactNode }) {
  return (
    <section aria-labelledby="data" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="data" className={`${note ? "mb-1" : "mb-3"} text-lg font-semibold`}>申请信息</h2>
      {note ? <p className="mb-3 text-xs text-slate-600">{note}</p> : null}
      <DetailList fields={fields} />
    </section>
  );
}

export function HistorySection({ history }: { history: HistoryEntry[] }) {
  return (
    <section aria-labelledby="history" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="history" className="mb-3 text-lg font-semibold">办理记录</h2>
      <StatusHistory history={history} />
    </section>
  );
}

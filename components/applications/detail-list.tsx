import type { DetailField } from "@/lib/data/application-details";

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

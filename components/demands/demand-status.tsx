import type { DemandStatus } from "@/lib/generated/prisma/enums";
import { DEMAND_STATUS_LABELS, OVERDUE_LABEL } from "@/lib/demands/labels";

const TONES: Record<DemandStatus, string> = {
  OPEN: "bg-amber-50 text-amber-900 ring-amber-300",
  IN_PROGRESS: "bg-sky-50 text-sky-900 ring-sky-300",
  MATCHED: "bg-green-50 text-green-900 ring-green-300",
  CLOSED: "bg-slate-100 text-slate-800 ring-slate-300",
};

export function DemandStatusBadge({ status, overdue }: { status: DemandStatus; overdue?: boolean }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm ring-1 ring-inset ${TONES[status]}`}>{DEMAND_STATUS_LABELS[status]}</span>
      {overdue ? <span className="inline-block whitespace-nowrap rounded bg-red-50 px-2 py-0.5 text-sm text-red-800 ring-1 ring-inset ring-red-300">{OVERDUE_LABEL}</span> : null}
    </span>
  );
}

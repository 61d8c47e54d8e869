import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";

const TONES: Record<ApplicationStatus, string> = {
  SUBMITTED: "bg-amber-50 text-amber-900 ring-amber-300",
  ACCEPTED: "bg-sky-50 text-sky-900 ring-sky-300",
  APPROVED: "bg-indigo-50 text-indigo-900 ring-indigo-300",
  DISBURSED: "bg-green-50 text-green-900 ring-green-300",
  REJECTED: "bg-red-50 text-red-900 ring-red-300",
  RETURNED: "bg-orange-50 text-orange-900 ring-orange-300",
  WITHDRAWN: "bg-slate-100 text-slate-800 ring-slate-300",
};

export function StatusBadge({ status }: { status: ApplicationStatus }) {
  return (
    <span className={`inline-block whitespace-nowrap rounded px-2 py-0.5 text-sm ring-1 ring-inset ${TONES[status]}`}>
      {APPLICATION_STATUS_LABELS[status]}
    </span>
  );
}

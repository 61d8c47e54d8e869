import { APPLICATION_STATUS_LABELS } from "@/lib/reference";
import type { HistoryEntry } from "@/lib/applications/view";
import { formatDateTime } from "./format";

// The full, append-only status history of an application: who, when, what, comment and amount.
export function StatusHistory({ history }: { history: HistoryEntry[] }) {
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
      {history.map((h) => (
        <li key={h.id} className="relative">
          <span aria-hidden="true" className="absolute -left-[1.6rem] top-1.5 h-3 w-3 rounded-full bg-brand-700" />
          <p className="font-medium text-slate-900">
            {h.fromStatus === null ? "提交申请" : h.fromStatus === "RETURNED" && h.toStatus === "SUBMITTED" ? "重新提交" : APPLICATION_STATUS_LABELS[h.toStatus]}
            {h.amount ? (
              <span className="ml-2 text-slate-700">
                {h.toStatus === "DISBURSED" ? "放款金额" : "授信额度"} {Number(h.amount)}万
              </span>
            ) : null}
          </p>
          <p className="text-sm text-slate-600">
            <time dateTime={h.createdAt.toISOString()}>{formatDateTime(h.createdAt)}</time> · {h.actorLabel}
          </p>
          {h.comment ? <p className="mt-1 whitespace-pre-line text-sm text-slate-800">{h.toStatus === "REJECTED" ? "原因：" : h.toStatus === "RETURNED" ? "说明：" : "备注："}{h.comment}</p> : null}
        </li>
      ))}
    </ol>
  );
}

import { formatDateTime } from "@/components/applications/format";
import { EVENT_KIND } from "@/lib/equity/labels";
import type { EquityProjectEventKind } from "@/lib/generated/prisma/enums";

export function ProjectHistory({ events }: { events: { id: string; kind: EquityProjectEventKind; comment: string | null; createdAt: Date }[] }) {
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="history-heading" className="mb-2 text-lg font-semibold text-slate-900">审核记录</h2>
      <ol className="space-y-1 text-slate-800">
        {events.map((e) => (
          <li key={e.id}>
            <time dateTime={e.createdAt.toISOString()} className="text-sm text-slate-600">{formatDateTime(e.createdAt)}</time> {EVENT_KIND[e.kind]}
            {e.comment ? `：${e.comment}` : ""}
          </li>
        ))}
      </ol>
    </section>
  );
}

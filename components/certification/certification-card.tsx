import Link from "next/link";
import type { CertificationSummary } from "@/lib/certification/queries";
import { formatDate } from "@/lib/format";

const STATUS: Record<CertificationSummary["status"], { text: string; tone: string }> = {
  UNVERIFIED: { text: "未认证", tone: "bg-slate-100 text-slate-800" },
  PENDING: { text: "认证中", tone: "bg-blue-50 text-blue-900" },
  VERIFIED: { text: "已认证", tone: "bg-green-50 text-green-900" },
  FAILED: { text: "认证失败", tone: "bg-red-50 text-red-900" },
};

// One certification on 认证授权: its status, the masked data, when, and the action that fits.
export function CertificationCard({
  id,
  title,
  summary,
  action,
  note,
}: {
  id: string;
  title: string;
  summary: CertificationSummary;
  action?: { href: string; label: string } | null;
  note?: string;
}) {
  const status = STATUS[summary.status];
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid={id}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
          {title}
        </h2>
        <span className={`rounded px-2 py-1 text-sm font-medium ${status.tone}`}>{status.text}</span>
      </div>
      {summary.rows.length > 0 ? (
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          {summary.rows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="text-slate-600">{row.label}</dt>
              <dd className="break-all text-slate-900">{row.value}</dd>
            </div>
          ))}
          {summary.at ? (
            <>
              <dt className="text-slate-600">{summary.status === "VERIFIED" ? "认证时间" : "更新时间"}</dt>
              <dd className="text-slate-900">{formatDate(summary.at)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {summary.status === "FAILED" && summary.failureReason ? <p className="mt-3 text-sm text-red-800">失败原因：{summary.failureReason}</p> : null}
      {note ? <p className="mt-3 text-sm leading-6 text-slate-700">{note}</p> : null}
      {action ? (
        <Link href={action.href} className="mt-4 inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
          {action.label}
        </Link>
      ) : null}
    </section>
  );
}

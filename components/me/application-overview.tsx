import Link from "next/link";
import { formatDateTime } from "@/components/applications/format";
import { KIND_LABELS } from "@/lib/applications/records";
import type { getMyOverview } from "@/lib/applications/queries";
import { APPLICATION_STATUS_LABELS } from "@/lib/reference";

type Overview = Awaited<ReturnType<typeof getMyOverview>>;

// 个人中心 overview: applications by status and the latest status changes.
export function ApplicationOverview({ overview }: { overview: Overview }) {
  const statuses = Object.entries(APPLICATION_STATUS_LABELS) as [keyof typeof APPLICATION_STATUS_LABELS, string][];
  return (
    <section aria-labelledby="overview-title" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="overview-title" className="text-lg font-semibold text-slate-900">
          申请概况
        </h2>
        <p className="text-sm text-slate-700">
          共 {overview.total} 笔申请 ·{" "}
          <Link href="/me/messages" className="text-brand-700 underline">
            未读消息 {overview.unread} 条
          </Link>
        </p>
      </div>
      <ul className="mt-4 grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {statuses.map(([status, label]) => (
          <li key={status}>
            <Link
              href={`/me/applications?status=${status}`}
              className="block rounded border border-slate-200 px-3 py-2 text-center hover:border-brand-600"
            >
              <span className="block text-xl font-semibold text-brand-800">{overview.counts[status]}</span>
              <span className="text-sm text-slate-700">{label}</span>
            </Link>
          </li>
        ))}
      </ul>
      <h3 className="mt-5 font-medium text-slate-900">最新动态</h3>
      {overview.latest.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          暂无申请。可以到 <Link href="/products" className="text-brand-700 underline">金融超市</Link> 选择产品申请。
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-slate-100">
          {overview.latest.map((h) => (
            <li key={h.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2 text-sm">
              <Link href={`/me/applications/${h.application.id}`} className="text-brand-700 underline">
                {h.application.product?.name ?? KIND_LABELS[h.application.kind]} {h.application.number}
              </Link>
              <span className="text-slate-800">
                {h.fromStatus === null ? "已提交" : APPLICATION_STATUS_LABELS[h.toStatus]} ·{" "}
                <time dateTime={h.createdAt.toISOString()}>{formatDateTime(h.createdAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

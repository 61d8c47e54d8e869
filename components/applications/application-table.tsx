import Link from "next/link";
import type { ApplicationRow } from "@/lib/applications/view";
import { formatDay, wanOrDash } from "./format";
import { StatusBadge } from "./status-badge";

// 申请记录 columns of the manual: 金融机构 机构类型 产品名称 申请金额 申请期限 申请时间 用途 申贷状态 授信额度 放款/融资额度.
// The console variant shows the applicant instead of the institution. Scrolls sideways on a phone.
export function ApplicationTable({
  rows,
  hrefFor,
  caption,
  variant = "applicant",
}: {
  rows: ApplicationRow[];
  hrefFor: (row: ApplicationRow) => string;
  caption: string;
  variant?: "applicant" | "institution";
}) {
  const th = "whitespace-nowrap px-3 py-2 text-left font-medium text-slate-700";
  const td = "whitespace-nowrap px-3 py-2 text-slate-900";
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" tabIndex={0} role="region" aria-label={caption}>
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            <th scope="col" className={th}>申请编号</th>
            {variant === "applicant" ? (
              <>
                <th scope="col" className={th}>金融机构</th>
                <th scope="col" className={th}>机构类型</th>
              </>
            ) : (
              <>
                <th scope="col" className={th}>申请人</th>
                <th scope="col" className={th}>类别</th>
              </>
            )}
            <th scope="col" className={th}>产品名称</th>
            <th scope="col" className={th}>申请金额</th>
            <th scope="col" className={th}>申请期限</th>
            <th scope="col" className={th}>申请时间</th>
            <th scope="col" className={th}>用途</th>
            <th scope="col" className={th}>申贷状态</th>
            <th scope="col" className={th}>授信额度</th>
            <th scope="col" className={th}>放款/融资额度</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.id}>
              <td className={td}>
                <Link href={hrefFor(r)} className="text-brand-700 underline underline-offset-2">
                  {r.number}
                </Link>
              </td>
              {variant === "applicant" ? (
                <>
                  <td className={td}>{r.institutionName}</td>
                  <td className={td}>{r.institutionType}</td>
                </>
              ) : (
                <>
                  <td className={td}>{r.applicantLabel}</td>
                  <td className={td}>
                    {r.kindLabel}
                    {r.isOpenRenewal ? <span className="ml-1 rounded bg-amber-100 px-1 text-xs text-amber-900">开放受理</span> : null}
                  </td>
                </>
              )}
              <td className={td}>{r.productName}</td>
              <td className={td}>{Number(r.amount)}万</td>
              <td className={td}>{r.termMonths}个月</td>
              <td className={td}>
                <time dateTime={r.submittedAt.toISOString()}>{formatDay(r.submittedAt)}</time>
              </td>
              <td className={td}>{r.purpose}</td>
              <td className={td}>
                <StatusBadge status={r.status} />
              </td>
              <td className={td}>{wanOrDash(r.approvedAmount)}</td>
              <td className={td}>{wanOrDash(r.disbursedAmount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

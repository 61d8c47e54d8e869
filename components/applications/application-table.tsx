import Link from "next/link";
import type { ApplicationRow } from "@/lib/applications/view";
import { formatDay, wanOrDash } from "./format";
import { StatusBadge } from "./status-badge";

// 申请记录 columns of the manual: 金融机构 机构类型 产品名称 申请金额 申请期限 申请时间 用途 申贷状态 授信额度 放款/融资额度.
// The console variant shows the applicant instead of the institution. On phones the same records
// are cards (a table there would scroll sideways inside its box); from 768px the table.
export function ApplicationTable(props: {
  rows: ApplicationRow[];
  hrefFor: (row: ApplicationRow) => string;
  caption: string;
  variant?: "applicant" | "institution";
}) {
  return (
    <>
      <ApplicationCards {...props} />
      <div className="hidden md:block">
        <RecordTable {...props} />
      </div>
    </>
  );
}

function ApplicationCards({
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
  const fact = "flex justify-between gap-3 border-t border-slate-100 py-1.5";
  return (
    <ul aria-label={caption} className="grid gap-3 md:hidden">
      {rows.map((r) => (
        <li key={r.id} className="rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="font-semibold text-slate-900">{r.productName}</h3>
            <StatusBadge status={r.status} />
          </div>
          <dl className="mt-2 text-sm">
            <div className={fact}>
              <dt className="text-slate-600">申请编号</dt>
              <dd className="break-all text-right">{r.number}</dd>
            </div>
            {variant === "applicant" ? (
              <div className={fact}>
                <dt className="text-slate-600">金融机构</dt>
                <dd className="text-right">
                  {r.institutionName}（{r.institutionType}）
                </dd>
              </div>
            ) : (
              <div className={fact}>
                <dt className="text-slate-600">申请人</dt>
                <dd className="text-right">
                  {r.applicantLabel} · {r.kindLabel}
                  {r.isOpenRenewal ? "（开放受理）" : ""}
                </dd>
              </div>
            )}
            <div className={fact}>
              <dt className="text-slate-600">申请金额 / 期限</dt>
              <dd className="text-right">
                {Number(r.amount)}万 / {r.termMonths}个月
              </dd>
            </div>
            <div className={fact}>
              <dt className="text-slate-600">申请时间</dt>
              <dd className="text-right">
                <time dateTime={r.submittedAt.toISOString()}>{formatDay(r.submittedAt)}</time>
              </dd>
            </div>
            <div className={fact}>
              <dt className="text-slate-600">用途</dt>
              <dd className="text-right">{r.purpose}</dd>
            </div>
            <div className={fact}>
              <dt className="text-slate-600">授信额度</dt>
              <dd className="text-right">{wanOrDash(r.approvedAmount)}</dd>
            </div>
            <div className={fact}>
              <dt className="text-slate-600">放款/融资额度</dt>
              <dd className="text-right">{wanOrDash(r.disbursedAmount)}</dd>
            </div>
          </dl>
          <Link href={hrefFor(r)} className="btn-outline mt-3 w-full justify-center" aria-label={`查看详情：${r.number}`}>
            查看详情
          </Link>
        </li>
      ))}
    </ul>
  );
}

function RecordTable({
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
                <Link href={hrefFor(r)} className="tap text-brand-700 underline underline-offset-2">
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

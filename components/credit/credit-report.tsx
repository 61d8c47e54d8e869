import Link from "next/link";
import type { CreditReportPage } from "@/lib/credit/queries";
import type { CreditReportView } from "@/lib/credit/view";

// The body of one 信用报告 snapshot, shared by the console and 个人中心.

const STATE_STYLE = {
  OK: "bg-emerald-50 text-emerald-800",
  NO_RECORD: "bg-slate-100 text-slate-700",
  UNAVAILABLE: "bg-amber-50 text-amber-900",
} as const;

export const RETAINED_NOTE = "授权已撤回，本报告仅作为机构依法留存。";

export function CreditReportBody({
  report,
  firstLoanDeclared = false,
}: {
  report: CreditReportView & { institution: string; retained?: boolean };
  firstLoanDeclared?: boolean;
}) {
  return (
    <div className="space-y-4">
      {report.retained ? (
        <p role="note" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm font-medium text-red-900">
          {RETAINED_NOTE}
        </p>
      ) : null}
      {firstLoanDeclared ? <FirstLoanCheck disbursed={report.platform.disbursedElsewhere ?? 0} /> : null}
      <dl className="grid gap-3 sm:grid-cols-4">
        <div>
          <dt className="text-sm text-slate-600">综合评级</dt>
          <dd className="mt-1 text-xl font-bold text-brand-800">{report.gradeLabel}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">评分</dt>
          <dd className="mt-1 text-slate-900">{report.score} 分</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">生成时间</dt>
          <dd className="mt-1 text-slate-900">{report.createdAt}（{report.triggerLabel}）</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-600">查询机构</dt>
          <dd className="mt-1 text-slate-900">{report.institution}</dd>
        </div>
      </dl>
      {report.partial ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          部分报告：有数据源本次未取得数据，评级仅依据已取得的数据，仅供参考。
        </p>
      ) : null}
      <details className="rounded border border-slate-200 px-3 py-2 text-sm">
        <summary className="cursor-pointer text-slate-700">评分依据（基础分 60 分）</summary>
        {report.gradeItems.length === 0 ? (
          <p className="mt-2 text-slate-600">没有加减分项。</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {report.gradeItems.map((i) => (
              <li key={`${i.source}-${i.rule}`}>
                {i.source}：{i.rule} <span className={i.points > 0 ? "text-emerald-700" : "text-red-700"}>{i.points > 0 ? `+${i.points}` : i.points}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
      <div className="grid gap-4 lg:grid-cols-2">
        {report.sections.map((s) => (
          <section key={s.kind} aria-labelledby={`credit-${s.kind}`} className="rounded border border-slate-200 p-4">
            <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
              <h3 id={`credit-${s.kind}`} className="font-semibold">{s.label}</h3>
              <span className={`rounded px-2 py-0.5 text-xs ${STATE_STYLE[s.state]}`}>
                {s.state === "OK" ? `数据时间 ${s.dataTime}` : s.state === "NO_RECORD" ? "无记录" : "未取得"}
              </span>
            </div>
            {s.rows.length > 0 ? (
              <dl className="space-y-1 text-sm">
                {s.rows.map((r) => (
                  <div key={r.label} className="flex gap-3">
                    <dt className="w-28 shrink-0 text-slate-600">{r.label}</dt>
                    <dd className="min-w-0 break-all text-slate-900">{r.value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="text-sm text-slate-700">{s.note}</p>
            )}
          </section>
        ))}
      </div>
      <PlatformRecordSection report={report} />
      <p className="text-xs text-slate-600">授权编号 {report.authorizationRef}。报告生成后不再更改；再次查询会生成新的报告。</p>
    </div>
  );
}

// 首贷: the declaration 本企业未在任何金融机构获取过贷款 against what this platform knows. There is no
// 征信/借贷 source yet, so the check covers loans disbursed through the platform only, and says so.
function FirstLoanCheck({ disbursed }: { disbursed: number }) {
  return (
    <p role="note" className={`rounded border px-3 py-2 text-sm ${disbursed > 0 ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}>
      首贷声明核对：
      {disbursed > 0
        ? `本平台记录该申请人已有 ${disbursed} 笔放款，与“未在任何金融机构获取过贷款”的声明不符，请核实。`
        : "本平台没有该申请人的放款记录，与首贷声明一致（征信借贷数据尚未接入，仅核对本平台记录）。"}
    </p>
  );
}

function PlatformRecordSection({ report }: { report: CreditReportView }) {
  const p = report.platform;
  return (
    <section aria-labelledby="credit-platform" className="rounded border border-slate-200 p-4">
      <h3 id="credit-platform" className="mb-2 font-semibold">平台融资记录</h3>
      <p className="mb-2 text-sm text-slate-700">
        在本平台共申请 {p.total} 次{p.byOutcome.length > 0 ? `：${p.byOutcome.map((o) => `${o.label} ${o.count}`).join("，")}` : ""}。其他金融机构的名称不予显示。
      </p>
      {p.recent.length > 0 ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-1 pr-3 font-normal">申请时间</th>
                <th scope="col" className="py-1 pr-3 font-normal">金融机构</th>
                <th scope="col" className="py-1 pr-3 font-normal">类别</th>
                <th scope="col" className="py-1 pr-3 font-normal">状态</th>
              </tr>
            </thead>
            <tbody>
              {p.recent.map((r, i) => (
                <tr key={`${r.submittedAt}-${i}`} className="border-t border-slate-100">
                  <td className="py-1 pr-3">{r.submittedAt.slice(0, 10)}{r.current ? "（本申请）" : ""}</td>
                  <td className="py-1 pr-3">{r.institution}</td>
                  <td className="py-1 pr-3">{r.kind}</td>
                  <td className="py-1 pr-3">{r.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

export function ConsentNotice({ consent, demand = false }: { consent: CreditReportPage["consent"]; demand?: boolean }) {
  if (consent === "VALID") return null;
  const text = demand
    ? consent === "WITHDRAWN"
      ? "客户已撤回授权：不能再查询；以下已生成的报告仅作为机构依法留存。"
      : "客户尚未授权贵机构查询信用报告（需客户在“我的需求”中确认授权）。"
    : consent === "WITHDRAWN"
      ? "申请人已撤回《用户授权协议》授权：不能再查询；以下已生成的报告依法随申请保留。"
      : "申请人未就本申请签署《用户授权协议》，不能查询信用报告。";
  return (
    <p role="note" className="rounded border border-slate-300 bg-slate-50 px-3 py-2 text-sm text-slate-800">
      {text}
    </p>
  );
}

export function SnapshotLinks({ page, hrefOf }: { page: CreditReportPage; hrefOf: (id: string) => string }) {
  if (page.snapshots.length < 2 || !page.report) return null;
  return (
    <nav aria-label="历次报告" className="text-sm">
      <span className="text-slate-600">历次报告：</span>
      <ul className="mt-1 flex flex-wrap gap-2">
        {page.snapshots.map((s) => (
          <li key={s.id}>
            {s.id === page.report!.id ? (
              <span aria-current="true" className="rounded bg-brand-700 px-2 py-0.5 text-white">{s.createdAt} {s.gradeLabel}</span>
            ) : (
              <Link href={hrefOf(s.id)} className="rounded border border-slate-300 px-2 py-0.5 text-brand-700 underline">
                {s.createdAt} {s.gradeLabel}{s.partial ? "（部分）" : ""}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

// 查看记录: each view of the reports by an institution's staff (the owner's pages).
export function CreditViewsTable({ views }: { views: { at: string; institution: string; viewer: string }[] }) {
  if (views.length === 0) return <p className="text-sm text-slate-700">还没有金融机构查看过您的信用报告。</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-3 font-normal">查看时间</th>
          <th scope="col" className="py-1 pr-3 font-normal">金融机构</th>
          <th scope="col" className="py-1 pr-3 font-normal">查看人</th>
        </tr>
      </thead>
      <tbody>
        {views.map((v, i) => (
          <tr key={`${v.at}-${i}`} className="border-t border-slate-100">
            <td className="py-1 pr-3">{v.at}</td>
            <td className="py-1 pr-3">{v.institution}</td>
            <td className="py-1 pr-3">{v.viewer}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

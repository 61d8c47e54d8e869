import type { MatchedProduct } from "@/lib/demands/match-query";
import { formatRate, formatWan } from "@/lib/format";
import { LOAN_METHODS, labelOf } from "@/lib/reference";

// The products that fit the demand, shown before the final submit. 查看详情 opens the product in a
// new tab so the form stays as it is.
export function MatchList({ matches }: { matches: MatchedProduct[] }) {
  if (matches.length === 0) {
    return <p className="text-slate-700">暂未匹配到完全符合条件的产品。您仍可提交需求，由金融机构主动与您对接。</p>;
  }
  return (
    <ol className="space-y-3">
      {matches.map((p) => (
        <li key={p.id} className="rounded border border-slate-200 bg-white p-3 sm:p-4">
          <p className="font-semibold text-slate-900">
            <span className="text-slate-700">{p.institutionName}</span> - {p.name}
            {p.isFirstLoan ? <span className="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs text-white">首贷</span> : null}
          </p>
          <dl className="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
            <div><dt className="inline text-slate-600">最低利率：</dt><dd className="inline">年化{formatRate(p.minRate)}%起</dd></div>
            <div><dt className="inline text-slate-600">最高额度：</dt><dd className="inline">{formatWan(p.maxAmount)}万</dd></div>
            <div><dt className="inline text-slate-600">最长期限：</dt><dd className="inline">{p.maxTermMonths}个月</dd></div>
            <div><dt className="inline text-slate-600">融资方式：</dt><dd className="inline">{p.methods.map((m) => labelOf(LOAN_METHODS, m as never)).join("、")}</dd></div>
            <div className="col-span-2"><dt className="inline text-slate-600">适用地区：</dt><dd className="inline">{p.applicableArea}</dd></div>
          </dl>
          <a href={`/products/${encodeURIComponent(p.id)}`} target="_blank" rel="noopener" className="mt-2 inline-block text-brand-700 underline">
            查看详情<span className="sr-only">：{p.name}（在新窗口打开）</span>
          </a>
        </li>
      ))}
    </ol>
  );
}

import { applyHref } from "@/lib/catalogue/url";
import type { ProductCardData } from "@/lib/catalogue/queries-products";
import { formatDate, formatRate, formatWan } from "@/lib/format";
import { LOAN_METHODS, labelOf } from "@/lib/reference";

export function methodsLabel(methods: ProductCardData["methods"]): string {
  return methods.map((m) => labelOf(LOAN_METHODS, m)).join("、") || "—";
}

// Plain <a> links (no client component): cached pages stay small and load fully from the route cache.
// The card of the manual: institution, product, publish date, 最低利率, 最长期限, 最高额度, 融资方式,
// 立即申请 and 查看详情.
export function ProductCard({ product, headingLevel = 3 }: { product: ProductCardData; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const detailHref = `/products/${encodeURIComponent(product.id)}`;
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading className="text-base font-semibold text-slate-900 sm:text-lg">
          <span className="text-slate-700">{product.institutionName}</span>
          <span aria-hidden="true" className="px-1 text-slate-500">
            -
          </span>
          <span className="sr-only">：</span>
          <a href={detailHref} className="text-brand-800 hover:underline">
            {product.name}
          </a>
        </Heading>
        <p className="text-sm text-slate-600">
          <span className="sr-only">发布日期：</span>
          <time dateTime={product.publishedAt}>{formatDate(product.publishedAt)}</time>
        </p>
      </div>
      <div className="mt-3 flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <dl className="fact grid grid-cols-2 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_auto] sm:gap-x-10">
          <div>
            <dt>最低利率：</dt>
            <dd className="whitespace-nowrap font-normal">
              年化<strong className="text-lg text-accent-600">{formatRate(product.minRate)}%</strong>起
            </dd>
          </div>
          <div>
            <dt>最长期限：</dt>
            <dd>{product.maxTermMonths}个月</dd>
          </div>
          <div>
            <dt>最高额度：</dt>
            <dd>{formatWan(product.maxAmount)}万</dd>
          </div>
          <div>
            <dt>融资方式：</dt>
            <dd>{methodsLabel(product.methods)}</dd>
          </div>
        </dl>
        <div className="flex shrink-0 gap-3">
          <a
            href={applyHref(product.id)}
            className="btn-primary"
          >
            立即申请<span className="sr-only">：{product.name}</span>
          </a>
          <a
            href={detailHref}
            className="btn-outline"
          >
            查看详情<span className="sr-only">：{product.name}</span>
          </a>
        </div>
      </div>
    </article>
  );
}

import Link from "next/link";
import type { ApplyProductData } from "@/lib/applications/queries";
import { LOAN_METHODS, PRODUCT_CATEGORIES, labelOf } from "@/lib/reference";

// The product's headline figures above its application form.
export function ProductHeadline({ product }: { product: ApplyProductData }) {
  return (
    <section aria-labelledby="product-title" className="rounded-lg border border-slate-200 bg-white p-5">
      <p className="text-sm text-slate-600">
        {product.institution.name} · {labelOf(PRODUCT_CATEGORIES, product.category)}
        {product.isFirstLoan ? " · 首贷" : ""}
      </p>
      <h2 id="product-title" className="mt-1 text-xl font-semibold text-slate-900">
        <Link href={`/products/${product.id}`} className="hover:underline">{product.name}</Link>
      </h2>
      <dl className="mt-4 grid grid-cols-3 gap-2 text-center">
        <div className="rounded bg-slate-50 p-2">
          <dt className="text-xs text-slate-600 sm:text-sm">最低利率</dt>
          <dd className="font-semibold text-accent-600 sm:text-lg">年化{Number(product.minRate)}%起</dd>
        </div>
        <div className="rounded bg-slate-50 p-2">
          <dt className="text-xs text-slate-600 sm:text-sm">最高额度</dt>
          <dd className="font-semibold sm:text-lg">{Number(product.maxAmount)}万</dd>
        </div>
        <div className="rounded bg-slate-50 p-2">
          <dt className="text-xs text-slate-600 sm:text-sm">最长期限</dt>
          <dd className="font-semibold sm:text-lg">{product.maxTermMonths}个月</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        融资方式：{product.methods.map((m) => labelOf(LOAN_METHODS, m)).join("、")} · 产品特点：{product.highlights}
      </p>
    </section>
  );
}

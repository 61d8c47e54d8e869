import { methodsLabel } from "@/components/products/product-card";
import { ProductFacts } from "@/components/products/product-facts";
import type { ProductDetail } from "@/lib/catalogue/queries-product";
import { formatRate, formatWan } from "@/lib/format";
import { PRODUCT_CATEGORIES, PRODUCT_TAGS, REGIONS, labelOf } from "@/lib/reference";

// 预览: the product as its public page will show it (the same facts component).
export function ProductPreview({ product }: { product: ProductDetail }) {
  const badges = [
    ...product.tags.map((t) => labelOf(PRODUCT_TAGS, t)),
    ...(product.isFirstLoan ? ["首贷"] : []),
    ...(product.isRenewal ? ["续贷"] : []),
    labelOf(PRODUCT_CATEGORIES, product.category),
  ];
  return (
    <section aria-labelledby="preview-heading" className="space-y-4 rounded-lg border border-dashed border-brand-600 bg-slate-50 p-4">
      <h2 id="preview-heading" className="text-lg font-semibold text-brand-800">预览（公开页面效果）</h2>
      <div className="rounded-lg border border-slate-200 bg-white p-5">
        <p className="text-xl font-bold text-slate-900">{product.name}</p>
        <p className="mt-1 text-slate-700">发布机构：{product.institution.name}</p>
        <ul className="mt-2 flex flex-wrap gap-2" aria-label="产品标签">
          {badges.map((b) => (
            <li key={b} className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{b}</li>
          ))}
        </ul>
        <p className="mt-3 text-slate-800">
          年化{formatRate(product.minRate)}%起 · 最高{formatWan(product.maxAmount)}万 · 最长{product.maxTermMonths}个月 · {methodsLabel(product.methods)}
        </p>
        <p className="mt-1 text-slate-800">产品特点：{product.highlights}</p>
      </div>
      <ProductFacts product={product} regionsLabel={product.regions.map((r) => labelOf(REGIONS, r)).join("、")} />
    </section>
  );
}

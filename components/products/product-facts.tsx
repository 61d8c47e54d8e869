import type { ProductDetail } from "@/lib/catalogue/queries-product";

// 还款说明, 准入条件, 所需材料, 适用地区 of the manual's detail view, as headed sections.
export function ProductFacts({ product, regionsLabel }: { product: ProductDetail; regionsLabel: string }) {
  const requirements: [string, string | null][] = [
    ["年龄要求", product.ageRequirement],
    ["经营要求", product.businessRequirement],
    ["工作要求", product.workRequirement],
    ["资产要求", product.assetRequirement],
    ["收入要求", product.incomeRequirement],
  ];
  const section = "rounded-lg border border-slate-200 bg-white p-5";
  const h2 = "text-lg font-semibold text-slate-900";
  return (
    <>
      <section aria-labelledby="intro-heading" className={section}>
        <h2 id="intro-heading" className={h2}>
          产品介绍
        </h2>
        <p className="mt-2 whitespace-pre-line leading-7 text-slate-800">{product.introduction}</p>
      </section>
      <section aria-labelledby="repay-heading" className={section}>
        <h2 id="repay-heading" className={h2}>
          还款说明
        </h2>
        <dl className="mt-2 grid gap-2 leading-7 sm:grid-cols-[6rem_1fr]">
          <dt className="text-slate-600">还款方式</dt>
          <dd className="text-slate-800">{product.repaymentMethod}</dd>
          <dt className="text-slate-600">提前还款</dt>
          <dd className="text-slate-800">{product.prepayment}</dd>
        </dl>
      </section>
      <section aria-labelledby="req-heading" className={section}>
        <h2 id="req-heading" className={h2}>
          准入条件
        </h2>
        <dl className="mt-2 grid gap-2 leading-7 sm:grid-cols-[6rem_1fr]">
          {requirements.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-slate-800">{value || "无特别要求"}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="materials-heading" className={section}>
        <h2 id="materials-heading" className={h2}>
          所需材料
        </h2>
        <p className="mt-2 whitespace-pre-line leading-7 text-slate-800">{product.requiredMaterials || "以机构要求为准"}</p>
      </section>
      <section aria-labelledby="area-heading" className={section}>
        <h2 id="area-heading" className={h2}>
          适用地区
        </h2>
        <p className="mt-2 leading-7 text-slate-800">{product.applicableArea}</p>
        {regionsLabel ? <p className="mt-1 text-sm text-slate-600">服务区县：{regionsLabel}</p> : null}
      </section>
    </>
  );
}

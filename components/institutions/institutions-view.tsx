// 金融机构 /institutions: filters, sorts and the institutions with their figures.
import type { Metadata } from "next";
import { InstitutionCard } from "./institution-card";
import { FilterGroups } from "@/components/products/filter-groups";
import {
  INSTITUTION_FILTER_GROUPS,
  INSTITUTION_SORTS,
  type InstitutionFilters,
} from "@/lib/catalogue/filters";
import { institutionHref } from "@/lib/catalogue/url";
import { listInstitutions } from "@/lib/catalogue/queries-institutions";

export function institutionsMetadata(filters: InstitutionFilters): Metadata {
  const plain = !filters.region && !filters.type && filters.sort === "products";
  return {
    title: "金融机构",
    description:
      "天水市入驻金融机构一览：银行、基金、交易中心、知识产权、小贷、担保、保险机构的服务区域、发布融资产品数量、对接成功笔数与累计放款金额。",
    alternates: { canonical: "/institutions" },
    openGraph: { title: "金融机构", url: "/institutions" },
    robots: plain ? { index: true, follow: true } : { index: false, follow: true },
  };
}

export async function InstitutionsView({ filters }: { filters: InstitutionFilters }) {
  const institutions = await listInstitutions(filters);
  return (
    <>
      <section aria-labelledby="inst-filters-heading" className="mt-5 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="inst-filters-heading" className="mb-2 text-lg font-semibold text-slate-900">
          筛选金融机构
        </h2>
        <FilterGroups
          groups={INSTITUTION_FILTER_GROUPS}
          selectedOf={(key) => filters[key]}
          hrefOf={(key, value) => institutionHref(filters, { [key]: value })}
          idPrefix="inst"
        />
      </section>
      <div className="mt-5 flex flex-col gap-3 border-b border-slate-200 pb-3 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label="排序方式">
          <ul className="flex flex-wrap gap-1">
            {INSTITUTION_SORTS.map((s) => (
              <li key={s.value}>
                <a
                  href={institutionHref(filters, { sort: s.value })}
                  aria-current={filters.sort === s.value ? "true" : undefined}
                  className="opt"
                >
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-slate-700">
          共 <strong className="text-brand-800">{institutions.length}</strong> 家机构
        </p>
      </div>
      {institutions.length === 0 ? (
        <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
          <p className="text-lg font-medium text-slate-800">没有找到符合条件的机构</p>
          <a href="/institutions" className="mt-5 inline-flex h-10 items-center rounded bg-brand-700 px-5 text-sm font-medium text-white">
            重置筛选
          </a>
        </div>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {institutions.map((i) => (
            <li key={i.id}>
              <InstitutionCard institution={i} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

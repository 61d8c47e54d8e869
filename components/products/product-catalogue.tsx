import { activeFilterCount, PRODUCT_SORTS, type FilterGroup, type ProductFilterKey, type ProductFilters } from "@/lib/catalogue/filters";
import { filterOptionHref, productHref } from "@/lib/catalogue/url";
import type { ProductPage } from "@/lib/catalogue/queries-products";
import { Pagination } from "@/components/ui/pagination";
import { currentMode } from "@/lib/care/current";
import { FilterGroups } from "./filter-groups";
import { ProductCard } from "./product-card";
import { SearchForm } from "./search-form";

interface CatalogueProps {
  basePath: string; // /products, /first-loan, /renewal
  filters: ProductFilters;
  result: ProductPage;
  groups: FilterGroup<ProductFilterKey>[];
  omit?: readonly string[]; // parameters fixed by the page (e.g. 特色 on the centres)
}

// Search, filters (a <details> panel on phones), sorts, result count, cards, pagination.
export async function ProductCatalogue({ basePath, filters, result, groups, omit = [] }: CatalogueProps) {
  // 关怀模式 asks the filters one question at a time (FilterGroups `fold`).
  const fold = (await currentMode()) === "care";
  const hrefOf = (key: ProductFilterKey, value: string | undefined) => filterOptionHref(basePath, filters, key, value, omit);
  const selected = activeFilterCount(filters) - omit.filter((k) => filters[k as ProductFilterKey] !== undefined).length;
  const panel = (prefix: string) => (
    <>
      <SearchForm action={basePath} filters={filters} omit={omit} idPrefix={prefix} />
      <div className="mt-3 border-t border-slate-200 pt-1">
        <FilterGroups groups={groups} selectedOf={(k) => filters[k]} hrefOf={hrefOf} idPrefix={prefix} fold={fold} />
      </div>
    </>
  );
  return (
    <div className="flex flex-col gap-5">
      <section aria-labelledby="filters-heading" className="rounded-lg border border-slate-200 bg-white md:p-5">
        <h2 id="filters-heading" className="sr-only md:not-sr-only md:mb-3 md:text-lg md:font-semibold md:text-slate-900">
          筛选金融产品
        </h2>
        {/* A folded panel on phones; always open from 768px (globals.css, .filter-panel). */}
        <details className="filter-panel">
          <summary className="flex min-h-12 cursor-pointer items-center justify-between px-4 text-base font-semibold text-slate-900">
            <span>
              筛选金融产品
              {selected > 0 ? <span className="ml-2 text-sm font-normal text-brand-700">已选 {selected} 项</span> : null}
            </span>
            <span aria-hidden="true" className="text-sm font-normal text-slate-600">
              展开/收起
            </span>
          </summary>
          <div className="border-t border-slate-200 p-4 md:border-0 md:p-0">{panel("f")}</div>
        </details>
      </section>

      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="sr-only">
          产品列表
        </h2>
        <div className="flex flex-col gap-3 border-b border-slate-200 pb-3 sm:flex-row sm:items-center sm:justify-between">
          <nav aria-label="排序方式">
            <ul className="flex flex-wrap gap-1">
              {PRODUCT_SORTS.map((s) => (
                <li key={s.value}>
                  <a
                    href={productHref(basePath, filters, { sort: s.value }, omit)}
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
            共找到 <strong className="text-brand-800">{result.total}</strong> 款产品
            {result.totalPages > 1 ? `，第 ${result.page}/${result.totalPages} 页` : ""}
          </p>
        </div>

        {result.items.length === 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <p className="text-lg font-medium text-slate-800">没有找到符合条件的产品</p>
            <p className="mt-2 text-sm text-slate-600">可以减少筛选条件，或换一个机构名称、产品名称再试。</p>
            <a
              href={basePath}
              className="mt-5 inline-flex h-10 items-center rounded bg-brand-700 px-5 text-sm font-medium text-white hover:bg-brand-800"
            >
              重置筛选
            </a>
          </div>
        ) : (
          <ul className="mt-4 flex flex-col gap-3">
            {result.items.map((p) => (
              <li key={p.id}>
                <ProductCard product={p} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={result.page}
          totalPages={result.totalPages}
          hrefFor={(page) => productHref(basePath, filters, { page }, omit)}
          label="产品列表分页"
        />
      </section>
    </div>
  );
}

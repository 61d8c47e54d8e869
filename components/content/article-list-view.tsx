import { FilterGroups } from "@/components/products/filter-groups";
import { Pagination } from "@/components/ui/pagination";
import { activeArticleFilterCount, policyFilterGroups, type ArticleFilters, type PolicyFacets } from "@/lib/content/filters";
import type { ArticlePage } from "@/lib/content/queries-list";
import { ARTICLE_KINDS } from "@/lib/content/reference";
import { articleListHref } from "@/lib/content/url";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { ArticleCard } from "./article-card";
import { ArticleSearchForm } from "./article-search-form";
import { NewsTabs } from "./news-tabs";

const LEADS: Record<ArticleKind, string> = {
  POLICY: "国家、省、市发布的金融支持政策。可按主题、适用对象、年份和发文机关筛选，或输入关键词搜索。",
  NEWS: "天水市金融工作动态、金融机构服务资讯。输入关键词可搜索标题和正文。",
};

// 政策指南 / 新闻动态: heading, the two sections, the search (and, for policies, the filters: a folded
// panel on phones), the count, the items and the pages. Every control is a link or a GET form.
export function ArticleListView({ kind, filters, facets, result }: { kind: ArticleKind; filters: ArticleFilters; facets: PolicyFacets; result: ArticlePage }) {
  const info = ARTICLE_KINDS[kind];
  const selected = activeArticleFilterCount(filters) - (filters.q ? 1 : 0);
  const search = <ArticleSearchForm action={info.path} filters={filters} noun={info.noun} idPrefix="news" />;
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <p className="text-sm text-slate-600">资讯动态</p>
      <h1 className="text-2xl font-bold text-slate-900">{info.label}</h1>
      <p className="mt-2 leading-7 text-slate-700">{LEADS[kind]}</p>
      <div className="mt-4">
        <NewsTabs current={kind} />
      </div>

      <section aria-labelledby="news-filters-heading" className="mt-5 rounded-lg border border-slate-200 bg-white md:p-5">
        <h2 id="news-filters-heading" className="sr-only md:not-sr-only md:mb-3 md:text-lg md:font-semibold md:text-slate-900">
          {kind === "POLICY" ? "查找政策" : "搜索新闻"}
        </h2>
        {kind === "POLICY" ? (
          <details className="filter-panel">
            <summary className="flex min-h-12 cursor-pointer items-center justify-between px-4 text-base font-semibold text-slate-900">
              <span>
                查找政策
                {selected > 0 ? <span className="ml-2 text-sm font-normal text-brand-700">已选 {selected} 项</span> : null}
              </span>
              <span aria-hidden="true" className="text-sm font-normal text-slate-600">
                展开/收起
              </span>
            </summary>
            <div className="border-t border-slate-200 p-4 md:border-0 md:p-0">
              {search}
              <div className="mt-3 border-t border-slate-200 pt-1">
                <FilterGroups
                  groups={policyFilterGroups(facets)}
                  selectedOf={(key) => filters[key]}
                  hrefOf={(key, value) => articleListHref(kind, filters, { [key]: value })}
                  idPrefix="pf"
                />
              </div>
            </div>
          </details>
        ) : (
          <div className="p-4 md:p-0">{search}</div>
        )}
      </section>

      <section aria-labelledby="news-results-heading" className="mt-5">
        <h2 id="news-results-heading" className="sr-only">
          {info.noun}列表
        </h2>
        <p className="border-b border-slate-200 pb-3 text-sm text-slate-700">
          {filters.q ? <>搜索“{filters.q}”：</> : null}共 <strong className="text-brand-800">{result.total}</strong> 条{info.noun}
          {result.totalPages > 1 ? `，第 ${result.page}/${result.totalPages} 页` : ""}
        </p>
        {result.items.length === 0 ? (
          <div className="mt-6 rounded-lg border border-dashed border-slate-300 bg-white px-6 py-12 text-center">
            <p className="text-lg font-medium text-slate-800">没有找到符合条件的{info.noun}</p>
            <p className="mt-2 text-sm text-slate-600">可以换一个关键词{kind === "POLICY" ? "，或减少筛选条件" : ""}再试。</p>
            <a href={info.path} className="mt-5 inline-flex h-11 items-center rounded bg-brand-700 px-5 text-base font-medium text-white hover:bg-brand-800">
              查看全部{info.noun}
            </a>
          </div>
        ) : (
          <ul className="mt-4 flex flex-col gap-3">
            {result.items.map((item, i) => (
              <li key={item.id}>
                <ArticleCard item={item} first={i === 0} />
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={result.page}
          totalPages={result.totalPages}
          hrefFor={(page) => articleListHref(kind, filters, { page })}
          label={`${info.noun}列表分页`}
        />
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { EmptyState, FilterLinks } from "@/components/applications/filter-links";
import { ArticleStatusBadge } from "@/components/content/article-status";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { TEXT_MAX_LENGTH, type SearchParamsInput } from "@/lib/catalogue/filters";
import { listArticlesForAdmin, parseAdminArticleFilters, type AdminArticleFilters } from "@/lib/content/queries-admin";
import { ARTICLE_KINDS, ARTICLE_STATUSES, KIND_OPTIONS } from "@/lib/content/reference";
import { formatDate, formatDateTime } from "@/lib/format";

export const metadata: Metadata = { title: "政策与新闻" };

type Props = { searchParams: Promise<SearchParamsInput> };

function href(filters: AdminArticleFilters, patch: Partial<AdminArticleFilters> = {}) {
  const next = { ...filters, page: 1, ...patch };
  const params = new URLSearchParams();
  if (next.kind) params.set("kind", next.kind);
  if (next.status) params.set("status", next.status);
  if (next.q) params.set("q", next.q);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return `/admin/content${query ? `?${query}` : ""}`;
}

// Every item in every status, last edited first; filters are links, the search a GET form.
export default async function AdminContentPage({ searchParams }: Props) {
  const actor = await requireActor(undefined, ["ADMIN"]);
  const filters = parseAdminArticleFilters(await searchParams);
  const data = await listArticlesForAdmin(actor, filters);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold text-brand-800">政策与新闻</h1>
        <div className="flex flex-wrap gap-2">
          {KIND_OPTIONS.map((k) => (
            <Link key={k.value} href={`/admin/content/new?kind=${k.value}`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 font-medium text-white hover:bg-brand-800">
              新建{k.label}
            </Link>
          ))}
        </div>
      </div>
      <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
        <FilterLinks label="类别" options={KIND_OPTIONS} current={filters.kind} hrefFor={(kind) => href(filters, { kind: kind as AdminArticleFilters["kind"] })} />
        <FilterLinks label="状态" options={ARTICLE_STATUSES} current={filters.status} hrefFor={(status) => href(filters, { status: status as AdminArticleFilters["status"] })} />
        <form action="/admin/content" method="get" role="search" aria-label="搜索政策与新闻" className="flex flex-col gap-2 sm:flex-row sm:items-end">
          {filters.kind ? <input type="hidden" name="kind" value={filters.kind} /> : null}
          {filters.status ? <input type="hidden" name="status" value={filters.status} /> : null}
          <div className="flex-1">
            <label htmlFor="admin-content-q" className="mb-1 block text-sm font-medium text-slate-700">
              标题或正文
            </label>
            <input id="admin-content-q" name="q" type="search" defaultValue={filters.q ?? ""} maxLength={TEXT_MAX_LENGTH} className="h-11 w-full rounded border border-slate-400 px-3 text-base" />
          </div>
          <button type="submit" className="h-11 rounded bg-brand-700 px-6 text-base font-medium text-white hover:bg-brand-800">
            搜索
          </button>
        </form>
      </div>
      <p className="text-sm text-slate-700">共 {data.total} 条</p>
      {data.total === 0 ? (
        <EmptyState title="没有符合条件的内容" />
      ) : (
        <ul className="space-y-3">
          {data.items.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                <ArticleStatusBadge status={a.status} />
                {a.pinned ? <span className="rounded bg-accent-600 px-1.5 py-0.5 text-xs font-medium text-white">置顶</span> : null}
                <span>{ARTICLE_KINDS[a.kind].label}</span>
                <span>发布日期 {formatDate(a.publishedAt)}</span>
                <span>修改于 {formatDateTime(a.updatedAt)}</span>
              </p>
              <p className="mt-1 text-lg leading-7">
                <Link href={`/admin/content/${a.id}`} className="text-brand-800 underline underline-offset-2">
                  {a.title}
                </Link>
              </p>
              {a.source ? <p className="text-sm text-slate-700">{a.source}</p> : null}
              <p className="mt-1 flex gap-4 text-sm">
                <Link href={`/admin/content/${a.id}`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  编辑<span className="sr-only">：{a.title}</span>
                </Link>
                <Link href={`/admin/content/${a.id}/preview`} className="inline-flex min-h-11 items-center text-brand-700 underline">
                  预览<span className="sr-only">：{a.title}</span>
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={data.page} totalPages={data.pageCount} hrefFor={(page) => href(filters, { page })} label="政策与新闻分页" />
    </div>
  );
}

import { formatDate } from "@/lib/format";
import type { ArticleCard as Card } from "@/lib/content/public-article";
import { ARTICLE_KINDS, articlePath, labelsOf, POLICY_AUDIENCES } from "@/lib/content/reference";

// One item of a list: title (the link), date, source, summary; a policy also names 适用对象.
// Plain <a>: no client code in the lists.
export function ArticleCard({ item }: { item: Card }) {
  const kind = ARTICLE_KINDS[item.kind];
  const audiences = labelsOf(POLICY_AUDIENCES, item.audiences).join("、");
  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h3 className="text-lg font-semibold leading-7">
        {item.pinned ? <span className="mr-2 rounded bg-accent-600 px-1.5 py-0.5 align-middle text-xs font-medium text-white">置顶</span> : null}
        <a href={articlePath(item.kind, item.id)} className="text-brand-800 hover:underline">
          {item.title}
        </a>
      </h3>
      <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
        <span>
          发布日期：<time dateTime={item.publishedAt}>{formatDate(item.publishedAt)}</time>
        </span>
        {item.source ? (
          <span>
            {kind.sourceLabel}：{item.source}
          </span>
        ) : null}
        {audiences ? <span>适用对象：{audiences}</span> : null}
      </p>
      <p className="mt-2 line-clamp-3 leading-7 text-slate-800">{item.summary}</p>
    </article>
  );
}

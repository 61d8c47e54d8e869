import { formatDate } from "@/lib/format";
import type { ArticleCard as Card } from "@/lib/content/public-article";
import { CoverImage } from "@/components/ui/cover-image";
import { ARTICLE_KINDS, articlePath, labelsOf, POLICY_AUDIENCES } from "@/lib/content/reference";

// One item of a list: title (the link), date, source, summary; a policy also names 适用对象.
// Plain <a>: no client code in the lists.
// The 封面图片 (if any) beside the text on wide screens, above it on a phone; only the first loads at once.
export function ArticleCard({ item, first = false }: { item: Card; first?: boolean }) {
  const kind = ARTICLE_KINDS[item.kind];
  const audiences = labelsOf(POLICY_AUDIENCES, item.audiences).join("、");
  return (
    <article className={`rounded-lg border border-slate-200 bg-white p-4 sm:p-5 ${item.cover ? "grid gap-4 sm:grid-cols-[12rem_1fr]" : ""}`}>
      {item.cover ? <CoverImage cover={item.cover} eager={first} /> : null}
      <div className="min-w-0">
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
      </div>
    </article>
  );
}

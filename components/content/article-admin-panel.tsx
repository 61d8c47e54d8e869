import { ActionButton } from "@/components/ui/action-button";
import { pinArticleAction, publishArticleAction, unpublishArticleAction } from "@/lib/content/actions";
import { ARTICLE_KINDS, articlePath } from "@/lib/content/reference";
import type { ArticleKind, PublishStatus } from "@/lib/generated/prisma/enums";
import { formatDateTime } from "@/lib/format";
import { ArticleStatusBadge } from "./article-status";

const button = "inline-flex min-h-11 items-center justify-center rounded px-5 text-base font-medium disabled:cursor-wait disabled:opacity-70";

// 发布 · 下架 (asks first: a disclosure, so it works without JavaScript) · 置顶 · 预览, for one item.
export function ArticleAdminPanel({
  article,
}: {
  article: { id: string; kind: ArticleKind; status: PublishStatus; pinned: boolean; updatedAt: Date };
}) {
  const published = article.status === "PUBLISHED";
  return (
    <section aria-labelledby="article-state-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 sm:p-5">
      <h2 id="article-state-heading" className="text-lg font-semibold text-slate-900">
        发布状态
      </h2>
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-800">
        <ArticleStatusBadge status={article.status} />
        {article.pinned ? <span className="rounded bg-accent-600 px-1.5 py-0.5 text-xs font-medium text-white">置顶</span> : null}
        <span className="text-sm text-slate-600">最后修改：{formatDateTime(article.updatedAt)}</span>
      </p>
      <p className="text-sm leading-6 text-slate-700">
        {published
          ? `公众可以在“${ARTICLE_KINDS[article.kind].label}”中看到这条内容。修改保存后立即生效。`
          : "公众看不到这条内容。预览无误后点“发布”。"}
      </p>
      <div className="flex flex-wrap items-start gap-3">
        <a href={`/admin/content/${article.id}/preview`} className={`${button} border border-brand-700 text-brand-700 hover:bg-brand-50`}>
          预览
        </a>
        {published ? (
          <a href={articlePath(article.kind, article.id)} className={`${button} border border-brand-700 text-brand-700 hover:bg-brand-50`}>
            查看公开页面
          </a>
        ) : (
          <ActionButton action={publishArticleAction.bind(null, article.id)} name="article-publish" pendingText="发布中…" buttonClassName={`${button} bg-green-700 text-white hover:bg-green-800`}>
            发布
          </ActionButton>
        )}
        <ActionButton
          action={pinArticleAction.bind(null, article.id, !article.pinned)}
          name="article-pin"
          pendingText="处理中…"
          buttonClassName={`${button} border border-slate-400 text-slate-800 hover:bg-slate-50`}
        >
          {article.pinned ? "取消置顶" : "置顶"}
        </ActionButton>
      </div>
      {published ? (
        <details className="rounded border border-red-200 bg-red-50/50 p-3">
          <summary className="flex min-h-11 cursor-pointer items-center font-medium text-red-800">下架</summary>
          <p className="mt-2 text-sm leading-6 text-slate-800">
            确定要下架吗？下架后公众将看不到这条内容（列表、首页和详情页都不再显示），需要时可以重新发布。
          </p>
          <ActionButton
            action={unpublishArticleAction.bind(null, article.id)}
            name="article-unpublish"
            pendingText="处理中…"
            className="mt-3 block"
            buttonClassName={`${button} bg-red-700 text-white hover:bg-red-800`}
          >
            确认下架
          </ActionButton>
        </details>
      ) : null}
    </section>
  );
}

import { formatDate } from "@/lib/format";
import type { ArticleLink, ArticlePageData } from "@/lib/content/queries-article";
import { ARTICLE_KINDS, articlePath, labelsOf, POLICY_AUDIENCES, POLICY_TOPICS } from "@/lib/content/reference";
import { topicSlug } from "@/lib/content/filters";
import { policiesOfTopicHref } from "@/lib/content/url";
import { ReadAloud } from "@/components/ui/read-aloud";
import { MarkdownBody } from "./markdown-body";
import { CoverImage } from "@/components/ui/cover-image";

// An item's page, public and in the admin's preview: title, 发布机构/来源, 发布日期, (policies:
// 适用对象 and 主题 linking to the filtered list), summary, body, 附件, 上一篇/下一篇, related items.
// Plain <a> and no client code but the 朗读 button (the elements it reads are marked data-read); title, source and summary are text (escaped by React), the body is
// the sanitised HTML of its Markdown.
export function ArticleView({ data }: { data: ArticlePageData }) {
  const { article } = data;
  const info = ARTICLE_KINDS[article.kind];
  const audiences = labelsOf(POLICY_AUDIENCES, article.audiences).join("、");
  return (
    <div className="mx-auto max-w-4xl px-4 py-6 sm:py-8">
      <nav aria-label="当前位置" className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            资讯动态<span aria-hidden="true"> / </span>
          </li>
          <li>
            <a href={info.path} className="text-brand-700 hover:underline">
              {info.label}
            </a>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page" className="line-clamp-1 min-w-0">
            {article.title}
          </li>
        </ol>
      </nav>
      <article className="mt-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-8">
        <h1 data-read className="text-2xl font-bold leading-9 text-slate-900 sm:text-[28px]">
          {article.title}
        </h1>
        <dl className="mt-4 grid gap-x-3 gap-y-1 border-b border-slate-200 pb-4 text-[15px] text-slate-700 sm:grid-cols-[auto_1fr]">
          {article.source ? (
            <>
              <dt className="text-slate-600">{article.kind === "POLICY" ? "发文机关" : "发布机构/来源"}：</dt>
              <dd>{article.source}</dd>
            </>
          ) : null}
          <dt className="text-slate-600">发布日期：</dt>
          <dd>
            <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time>
          </dd>
          {audiences ? (
            <>
              <dt className="text-slate-600">适用对象：</dt>
              <dd>{audiences}</dd>
            </>
          ) : null}
          {article.topics.length ? (
            <>
              <dt className="text-slate-600">主题：</dt>
              <dd>
                <ul className="flex flex-wrap gap-2">
                  {article.topics.map((topic) => (
                    <li key={topic}>
                      <a href={policiesOfTopicHref(topicSlug(topic))} className="text-brand-700 underline underline-offset-2">
                        {labelsOf(POLICY_TOPICS, [topic])[0]}政策
                      </a>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
        <div className="mt-4">
          <ReadAloud />
        </div>
        {article.cover ? <CoverImage cover={article.cover} eager className="mt-4" /> : null}
        <p data-read className="mt-4 rounded bg-slate-50 px-4 py-3 leading-7 text-slate-800">
          <span className="font-medium">摘要：</span>
          {article.summary}
        </p>
        <div data-read className="mt-5">
          <MarkdownBody html={article.bodyHtml} />
        </div>
        {article.attachments.length ? (
          <section aria-labelledby="attachments-heading" className="mt-8 border-t border-slate-200 pt-5">
            <h2 id="attachments-heading" className="text-lg font-semibold text-slate-900">
              附件
            </h2>
            <ul className="mt-2 space-y-2">
              {article.attachments.map((a) => (
                <li key={`${a.url}-${a.title}`}>
                  <a href={a.url} target="_blank" rel="noopener noreferrer" className="inline-flex min-h-11 items-center break-all text-brand-700 underline underline-offset-2">
                    {a.title}
                    <span className="sr-only">（在新窗口打开）</span>
                  </a>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </article>
      <nav aria-label="上一篇和下一篇" className="mt-5 grid gap-3 sm:grid-cols-2">
        <Neighbour label="上一篇" link={data.newer} />
        <Neighbour label="下一篇" link={data.older} />
      </nav>
      {data.related.length ? (
        <section aria-labelledby="related-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="related-heading" className="text-lg font-semibold text-slate-900">
            相关{info.noun}
          </h2>
          <ul className="mt-2 divide-y divide-slate-100">
            {data.related.map((r) => (
              <li key={r.id} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
                <a href={articlePath(r.kind, r.id)} className="text-brand-800 hover:underline">
                  {r.title}
                </a>
                <time dateTime={r.publishedAt} className="shrink-0 text-sm text-slate-600">
                  {formatDate(r.publishedAt)}
                </time>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function Neighbour({ label, link }: { label: string; link: ArticleLink | null }) {
  return (
    <p className="rounded-lg border border-slate-200 bg-white px-4 py-3 text-[15px]">
      <span className="text-slate-600">{label}：</span>
      {link ? (
        <a href={articlePath(link.kind, link.id)} className="text-brand-800 hover:underline">
          {link.title}
        </a>
      ) : (
        <span className="text-slate-600">没有了</span>
      )}
    </p>
  );
}

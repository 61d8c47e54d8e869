import { connection } from "next/server";
import { formatDate } from "@/lib/format";
import { listArticles } from "@/lib/content/queries-list";
import { articlePath } from "@/lib/content/reference";
import { policiesOfTopicHref } from "@/lib/content/url";

export const TOPIC_POLICY_COUNT = 5;

// 首贷政策浏览 / 续贷政策浏览 on the centres: the newest policies of the topic (the head of the
// filtered policy list, so the same cache entry) and the way to all of them.
export async function TopicPolicies({ topic, heading }: { topic: "first-loan" | "renewal"; heading: string }) {
  // Request-time: the build renders no data from the database (and never opens the embedded one).
  await connection();
  const { items, total } = await listArticles("POLICY", { topic, page: 1 });
  const id = `${topic}-policies-heading`;
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        <h2 id={id} className="text-lg font-semibold text-slate-900">
          {heading}
        </h2>
        <a href={policiesOfTopicHref(topic)} className="inline-flex min-h-11 items-center text-brand-700 underline underline-offset-2">
          查看全部{heading}（{total}条）
        </a>
      </div>
      {items.length === 0 ? (
        <p className="mt-2 text-slate-600">暂无相关政策。</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.slice(0, TOPIC_POLICY_COUNT).map((p) => (
            <li key={p.id} className="flex flex-col gap-1 py-2.5 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
              <a href={articlePath(p.kind, p.id)} className="leading-7 text-brand-800 hover:underline">
                {p.title}
              </a>
              <span className="shrink-0 text-sm text-slate-600">
                {p.source ? `${p.source} · ` : ""}
                <time dateTime={p.publishedAt}>{formatDate(p.publishedAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

import Link from "next/link";
import { placesLeft } from "@/lib/activities/status";
import { activityHref } from "@/lib/activities/url";
import type { ActivitySummary, ArticleTitle, PlatformFigures } from "@/lib/catalogue/queries-home";
import { ARTICLE_KINDS, articlePath } from "@/lib/content/reference";
import { formatDate, formatDateTime, formatWan } from "@/lib/format";
import type { ArticleKind } from "@/lib/generated/prisma/enums";

export function FiguresBar({ figures }: { figures: PlatformFigures }) {
  const items = [
    { label: "入驻机构", value: String(figures.institutions), unit: "家" },
    { label: "金融产品", value: String(figures.products), unit: "款" },
    { label: "对接成功笔数", value: String(figures.matches), unit: "笔" },
    { label: "累计放款金额", value: formatWan(figures.lentWan), unit: "万元" },
  ];
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
      {items.map((i) => (
        <div key={i.label} className="min-w-0 rounded-lg bg-white/10 px-2 py-3 text-center sm:px-4">
          <dt className="text-sm text-brand-50">{i.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-white [overflow-wrap:anywhere]">
            {i.value}
            <span className="ml-1 text-sm font-normal text-brand-50">{i.unit}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function SectionHeading({ id, title, href, linkLabel }: { id: string; title: string; href?: string; linkLabel?: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4">
      <h2 id={id} className="text-xl font-bold text-slate-900">
        {title}
      </h2>
      {href ? (
        <Link prefetch={false} href={href} className="text-sm text-brand-700 hover:underline">
          {linkLabel ?? "查看更多"}
        </Link>
      ) : null}
    </div>
  );
}

// The head of 政策指南 or 新闻动态: titles linking to their pages, and the way to the whole list.
export function ArticleList({ id, kind, articles }: { id: string; kind: ArticleKind; articles: ArticleTitle[] }) {
  const info = ARTICLE_KINDS[kind];
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-5">
      <div className="flex items-baseline justify-between gap-4">
        <h3 id={id} className="text-lg font-semibold text-slate-900">
          {info.label}
        </h3>
        <Link prefetch={false} href={info.path} className="inline-flex min-h-11 items-center text-sm text-brand-700 hover:underline">
          更多{info.noun}
          <span aria-hidden="true">›</span>
        </Link>
      </div>
      {articles.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600">暂无{info.noun}</p>
      ) : (
        <ul className="mt-1 divide-y divide-slate-100">
          {articles.map((a) => (
            <li key={a.id} className="flex items-baseline justify-between gap-3 py-2">
              <Link prefetch={false} href={articlePath(a.kind, a.id)} className="line-clamp-2 leading-7 text-slate-800 hover:text-brand-700 hover:underline">
                {a.title}
              </Link>
              <time dateTime={a.publishedAt} className="shrink-0 text-sm text-slate-600">
                {formatDate(a.publishedAt)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ActivityList({ activities }: { activities: ActivitySummary[] }) {
  if (activities.length === 0) return <p className="mt-3 text-sm text-slate-600">近期暂无进行中的金融活动。</p>;
  return (
    <ul className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
      {activities.map((a) => (
        <li key={a.id}>
          <article className="h-full rounded-lg border border-slate-200 bg-white p-5">
            <h3 className="font-semibold text-slate-900">
              <Link prefetch={false} href={activityHref(a.id)} className="text-brand-800 hover:underline">
                {a.title}
              </Link>
            </h3>
            <p className="mt-1 line-clamp-2 text-sm leading-6 text-slate-700">{a.summary}</p>
            <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm [&_dd]:break-words">
              <dt className="text-slate-600">活动时间</dt>
              <dd className="text-slate-800">{formatDateTime(a.startAt)}</dd>
              <dt className="text-slate-600">活动地址</dt>
              <dd className="text-slate-800">{a.address}</dd>
              <dt className="text-slate-600">报名截止</dt>
              <dd className="text-slate-800">{formatDateTime(a.registrationDeadline)}</dd>
              <dt className="text-slate-600">剩余名额</dt>
              <dd className="text-slate-800">{placesLeft(a) > 0 ? `${placesLeft(a)} / ${a.capacity}` : "已满"}</dd>
            </dl>
          </article>
        </li>
      ))}
    </ul>
  );
}

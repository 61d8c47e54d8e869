// What the four public routes of 资讯动态 share: /news/policies, /news/articles and their items.
// Lists and items are rendered per request from cached reads (lib/content/queries-*.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { SearchParamsInput } from "@/lib/catalogue/filters";
import { robotsFor } from "@/lib/catalogue/seo";
import { isIndexableArticleQuery, NO_FACETS, parseArticleFilters, singleFilterPhrase } from "@/lib/content/filters";
import { getPublicArticlePage } from "@/lib/content/queries-article";
import { getPolicyFacets, listArticles } from "@/lib/content/queries-list";
import { ARTICLE_KINDS, articlePath } from "@/lib/content/reference";
import { articleQuery } from "@/lib/content/url";
import { parseRouteId } from "@/lib/domain/ids";
import type { ArticleKind } from "@/lib/generated/prisma/enums";
import { ArticleJsonLd } from "./article-json-ld";
import { ArticleListView } from "./article-list-view";
import { ArticleView } from "./article-view";

const DESCRIPTIONS: Record<ArticleKind, string> = {
  POLICY: "天水市智慧金融服务平台政策指南：首贷、续贷、转贷、股权融资、普惠金融等金融支持政策，可按适用对象、年份、发文机关查询。",
  NEWS: "天水市智慧金融服务平台新闻动态：天水市金融工作和金融机构服务资讯。",
};

async function filtersOf(kind: ArticleKind, params: SearchParamsInput) {
  const facets = kind === "POLICY" ? await getPolicyFacets() : NO_FACETS;
  return { facets, filters: parseArticleFilters(kind, params, facets) };
}

export async function articleListMetadata(kind: ArticleKind, params: SearchParamsInput): Promise<Metadata> {
  const { filters } = await filtersOf(kind, params);
  const info = ARTICLE_KINDS[kind];
  const phrase = singleFilterPhrase(filters);
  const title = phrase ? `${phrase} - ${info.label}` : info.label;
  return {
    title,
    description: phrase ? `${phrase}：${DESCRIPTIONS[kind]}` : DESCRIPTIONS[kind],
    openGraph: { title, description: DESCRIPTIONS[kind], url: info.path },
    ...robotsFor(info.path, articleQuery(filters), isIndexableArticleQuery(filters)),
  };
}

export async function ArticleListPage({ kind, searchParams }: { kind: ArticleKind; searchParams: Promise<SearchParamsInput> }) {
  const { facets, filters } = await filtersOf(kind, await searchParams);
  const result = await listArticles(kind, filters);
  return <ArticleListView kind={kind} filters={filters} facets={facets} result={result} />;
}

// An unknown id, a draft, an archived item or one of the other kind: the not-found page.
async function load(kind: ArticleKind, params: Promise<{ id: string }>) {
  const id = parseRouteId((await params).id);
  return id ? getPublicArticlePage(kind, id) : null;
}

export async function articleMetadata(kind: ArticleKind, params: Promise<{ id: string }>): Promise<Metadata> {
  const data = await load(kind, params);
  if (!data) return { title: "页面不存在", robots: { index: false } };
  const { article } = data;
  const url = articlePath(kind, article.id);
  return {
    title: `${article.title} - ${ARTICLE_KINDS[kind].label}`,
    description: article.summary,
    alternates: { canonical: url },
    openGraph: {
      title: article.title,
      description: article.summary,
      url,
      type: "article",
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
    },
  };
}

export async function ArticlePage({ kind, params }: { kind: ArticleKind; params: Promise<{ id: string }> }) {
  const data = await load(kind, params);
  if (!data) notFound();
  return (
    <>
      <ArticleJsonLd article={data.article} />
      <ArticleView data={data} />
    </>
  );
}

import { siteConfig } from "@/config/site";
import type { ArticleDetail } from "@/lib/content/queries-article";
import { articlePath } from "@/lib/content/reference";

// schema.org for search engines: a policy is an `Article` whose publisher is its 发文机关; a news item
// is a `NewsArticle` by its source, published on the platform.
export function articleJsonLd(article: ArticleDetail) {
  const url = new URL(articlePath(article.kind, article.id), siteConfig.url).toString();
  const platform = { "@type": "Organization", name: siteConfig.name, url: siteConfig.url };
  const source = article.source ? { "@type": article.kind === "POLICY" ? "GovernmentOrganization" : "Organization", name: article.source } : null;
  return {
    "@context": "https://schema.org",
    "@type": article.kind === "POLICY" ? "Article" : "NewsArticle",
    headline: article.title.slice(0, 110),
    description: article.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: "zh-CN",
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    ...(article.kind === "POLICY" ? { publisher: source ?? platform } : { publisher: platform, ...(source ? { author: source } : {}) }),
  };
}

export function ArticleJsonLd({ article }: { article: ArticleDetail }) {
  // "<" is escaped so that no text of the item can close the script element.
  const json = JSON.stringify(articleJsonLd(article)).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}

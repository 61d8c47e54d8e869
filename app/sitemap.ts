import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { siteConfig } from "@/config/site";
import { listPublicActivityIds } from "@/lib/activities/queries-public";
import { activityHref } from "@/lib/activities/url";
import { productsOfInstitutionHref } from "@/lib/catalogue/url";
import { listInstitutionIds } from "@/lib/catalogue/queries-institutions";
import { listPublishedProductIds } from "@/lib/catalogue/queries-products";
import { listPublishedArticleIds } from "@/lib/content/queries-list";
import { articlePath } from "@/lib/content/reference";
import { equityProjectHref, fundHref } from "@/lib/equity/labels";
import { listPublicEquityIds } from "@/lib/equity/queries-public";

// Built per request from cached reads: the build never opens the database.

const STATIC_PAGES: { path: string; priority: number; changeFrequency: "daily" | "weekly" | "monthly" }[] = [
  { path: "/", priority: 1, changeFrequency: "daily" },
  { path: "/products", priority: 0.9, changeFrequency: "daily" },
  { path: "/institutions", priority: 0.8, changeFrequency: "weekly" },
  { path: "/first-loan", priority: 0.8, changeFrequency: "weekly" },
  { path: "/renewal", priority: 0.8, changeFrequency: "weekly" },
  { path: "/news/policies", priority: 0.7, changeFrequency: "weekly" },
  { path: "/news/articles", priority: 0.7, changeFrequency: "daily" },
  { path: "/activities", priority: 0.7, changeFrequency: "daily" },
  { path: "/equity", priority: 0.7, changeFrequency: "weekly" },
  { path: "/equity/projects", priority: 0.7, changeFrequency: "daily" },
  { path: "/contact", priority: 0.3, changeFrequency: "monthly" },
  { path: "/privacy", priority: 0.2, changeFrequency: "monthly" },
];

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const url = (path: string) => new URL(path, siteConfig.url).toString();
  const [products, institutions, articles, activities, equity] = await Promise.all([
    listPublishedProductIds(),
    listInstitutionIds(),
    listPublishedArticleIds(),
    listPublicActivityIds(),
    listPublicEquityIds(),
  ]);
  return [
    ...STATIC_PAGES.map((p) => ({ url: url(p.path), changeFrequency: p.changeFrequency, priority: p.priority })),
    ...institutions.map((i) => ({ url: url(productsOfInstitutionHref(i.id)), changeFrequency: "weekly" as const, priority: 0.6 })),
    ...products.map((p) => ({
      url: url(`/products/${p.id}`),
      lastModified: p.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.7,
    })),
    ...articles.map((a) => ({
      url: url(articlePath(a.kind, a.id)),
      lastModified: a.updatedAt,
      changeFrequency: "monthly" as const,
      priority: 0.6,
    })),
    ...activities.map((a) => ({ url: url(activityHref(a.id)), lastModified: a.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 })),
    ...equity.funds.map((f) => ({ url: url(fundHref(f.id)), lastModified: f.updatedAt, changeFrequency: "monthly" as const, priority: 0.5 })),
    ...equity.projects.map((p) => ({ url: url(equityProjectHref(p.id)), lastModified: p.updatedAt, changeFrequency: "weekly" as const, priority: 0.6 })),
  ];
}

// The cache tags of the public pages' cached reads. A write expires exactly the tags of what it
// changed (lib/cache/refresh.ts); nothing purges the whole site.
export const CACHE_TAGS = {
  products: "catalogue:products", // any product created, edited, published or archived
  institutions: "catalogue:institutions", // any institution created, edited, published or unpublished
  applications: "catalogue:applications", // any loan application created or changing status (figures)
  demands: "catalogue:demands", // any financing demand taken, matched or closed (figures)
  articles: "content:articles", // 政策指南 / 新闻动态
  activities: "content:activities", // 金融活动
  equityProjects: "equity:projects", // 股权项目 published, archived or changed
} as const;

export const productTag = (id: string) => `catalogue:product:${id}`;
export const articleTag = (id: string) => `content:article:${id}`;
export const activityTag = (id: string) => `content:activity:${id}`;
export const equityProjectTag = (id: string) => `equity:project:${id}`;

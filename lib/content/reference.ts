// 资讯动态: the two kinds of article, their labels and URLs, and the policy vocabularies (主题, 适用对象).
// Pure (no database): read by pages, forms, filters and the admin console.
import type { ArticleKind, PolicyAudience, PolicyTopic, PublishStatus } from "@/lib/generated/prisma/enums";

export interface KindInfo {
  label: string; // 政策指南 / 新闻动态
  path: string; // the public list; an item is `${path}/${id}`
  sourceLabel: string; // how the Article.source field is named for this kind
  noun: string; // 政策 / 新闻, for sentences ("没有找到符合条件的政策")
}

export const ARTICLE_KINDS: Record<ArticleKind, KindInfo> = {
  POLICY: { label: "政策指南", path: "/news/policies", sourceLabel: "发文机关", noun: "政策" },
  NEWS: { label: "新闻动态", path: "/news/articles", sourceLabel: "来源", noun: "新闻" },
};

export const KIND_OPTIONS: { value: ArticleKind; label: string }[] = [
  { value: "POLICY", label: ARTICLE_KINDS.POLICY.label },
  { value: "NEWS", label: ARTICLE_KINDS.NEWS.label },
];

export const POLICY_TOPICS: { value: PolicyTopic; label: string }[] = [
  { value: "FIRST_LOAN", label: "首贷" },
  { value: "RENEWAL", label: "续贷" },
  { value: "BRIDGE_LOAN", label: "转贷" },
  { value: "EQUITY", label: "股权融资" },
  { value: "INCLUSIVE", label: "普惠金融" },
];

export const POLICY_AUDIENCES: { value: PolicyAudience; label: string }[] = [
  { value: "ENTERPRISE", label: "企业" },
  { value: "PERSONAL", label: "个人" },
];

// 已下架 is what 下架 (unpublish) leads to: off the public site, kept for the record, publishable again.
export const ARTICLE_STATUSES: { value: PublishStatus; label: string }[] = [
  { value: "DRAFT", label: "草稿" },
  { value: "PUBLISHED", label: "已发布" },
  { value: "ARCHIVED", label: "已下架" },
];

export function articlePath(kind: ArticleKind, id: string): string {
  return `${ARTICLE_KINDS[kind].path}/${encodeURIComponent(id)}`;
}

export function labelsOf<T extends string>(options: { value: T; label: string }[], values: readonly T[]): string[] {
  return values.map((v) => options.find((o) => o.value === v)?.label ?? v);
}

// Attachments are links until the platform stores files: only http(s) ever becomes an href.
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

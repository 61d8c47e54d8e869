import type { Metadata } from "next";
import { articleMetadata, ArticlePage } from "@/components/content/article-routes";

type Props = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata("NEWS", params);
}

export default function NewsArticlePage({ params }: Props) {
  return <ArticlePage kind="NEWS" params={params} />;
}

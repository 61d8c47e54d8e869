import type { Metadata } from "next";
import { articleMetadata, ArticlePage } from "@/components/content/article-routes";

type Props = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return articleMetadata("POLICY", params);
}

export default function PolicyPage({ params }: Props) {
  return <ArticlePage kind="POLICY" params={params} />;
}

import type { Metadata } from "next";
import { articleListMetadata, ArticleListPage } from "@/components/content/article-routes";
import type { SearchParamsInput } from "@/lib/catalogue/filters";

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return articleListMetadata("POLICY", await searchParams);
}

export default function PoliciesPage({ searchParams }: Props) {
  return <ArticleListPage kind="POLICY" searchParams={searchParams} />;
}

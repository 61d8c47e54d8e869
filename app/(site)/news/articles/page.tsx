import type { Metadata } from "next";
import { articleListMetadata, ArticleListPage } from "@/components/content/article-routes";
import type { SearchParamsInput } from "@/lib/catalogue/filters";

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return articleListMetadata("NEWS", await searchParams);
}

export default function NewsListPage({ searchParams }: Props) {
  return <ArticleListPage kind="NEWS" searchParams={searchParams} />;
}

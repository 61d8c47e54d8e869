import type { Metadata } from "next";
import { productsMetadata, ProductsView } from "@/components/products/products-view";
import { parseProductFilters, type SearchParamsInput } from "@/lib/catalogue/filters";

// Reached directly only when proxy.ts does not rewrite to the cached route (a very long search).
type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return productsMetadata(parseProductFilters(await searchParams));
}

export default async function ProductsPage({ searchParams }: Props) {
  return <ProductsView filters={parseProductFilters(await searchParams)} />;
}

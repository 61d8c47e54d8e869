import type { Metadata } from "next";
import { productsMetadata, ProductsView } from "@/components/products/products-view";
import { parseProductFilters, type SearchParamsInput } from "@/lib/catalogue/filters";

// 金融超市: rendered per request from cached reads (lib/catalogue/queries-products.ts).
type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return productsMetadata(parseProductFilters(await searchParams));
}

export default async function ProductsPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <ProductsView filters={parseProductFilters(await searchParams)} />
    </div>
  );
}

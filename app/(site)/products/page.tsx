import type { Metadata } from "next";
import { Suspense } from "react";
import { productsMetadata, ProductsView } from "@/components/products/products-view";
import { ListSkeleton } from "@/components/ui/skeleton";
import { parseProductFilters, type SearchParamsInput } from "@/lib/catalogue/filters";

// 金融超市: the page's shell is static; the listing for the URL's filters streams in (cached reads).
type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return productsMetadata(parseProductFilters(await searchParams));
}

async function Listing({ searchParams }: Props) {
  return <ProductsView filters={parseProductFilters(await searchParams)} />;
}

export default function ProductsPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <Suspense fallback={<ListSkeleton label="正在加载金融产品…" />}>
        <Listing searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

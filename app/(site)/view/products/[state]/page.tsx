import type { Metadata } from "next";
import { productsMetadata, ProductsView } from "@/components/products/products-view";
import { parseProductFilters } from "@/lib/catalogue/filters";
import { notFound } from "next/navigation";
import { isCanonicalState } from "@/lib/catalogue/rewrite";
import { decodeState } from "@/lib/catalogue/state";

// Cached 金融超市 (proxy.ts rewrites /products?… here): rendered on first visit of a filter state,
// then served from the full-route cache until its data tags are revalidated (docs/catalogue.md).
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ state: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return productsMetadata(parseProductFilters(decodeState((await params).state)));
}

export default async function CachedProductsPage({ params }: Props) {
  const { state } = await params;
  if (!isCanonicalState("/products", state)) notFound();
  return <ProductsView filters={parseProductFilters(decodeState(state))} />;
}

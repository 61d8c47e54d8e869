import type { Metadata } from "next";
import { centreMetadata, RENEWAL_CENTRE } from "@/components/products/centre-configs";
import { CentrePage } from "@/components/products/centre-page";
import type { SearchParamsInput } from "@/lib/catalogue/filters";

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return centreMetadata(RENEWAL_CENTRE, await searchParams);
}

export default function RenewalPage({ searchParams }: Props) {
  return <CentrePage config={RENEWAL_CENTRE} searchParams={searchParams} />;
}

import type { Metadata } from "next";
import { centreMetadata, FIRST_LOAN_CENTRE } from "@/components/products/centre-configs";
import { CentrePage } from "@/components/products/centre-page";
import type { SearchParamsInput } from "@/lib/catalogue/filters";

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return centreMetadata(FIRST_LOAN_CENTRE, await searchParams);
}

export default function FirstLoanPage({ searchParams }: Props) {
  return <CentrePage config={FIRST_LOAN_CENTRE} searchParams={searchParams} />;
}

import type { Metadata } from "next";
import { institutionsMetadata, InstitutionsView } from "@/components/institutions/institutions-view";
import { parseInstitutionFilters, type SearchParamsInput } from "@/lib/catalogue/filters";

// Reached directly only when proxy.ts does not rewrite to the cached route.
type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return institutionsMetadata(parseInstitutionFilters(await searchParams));
}

export default async function InstitutionsPage({ searchParams }: Props) {
  return <InstitutionsView filters={parseInstitutionFilters(await searchParams)} />;
}

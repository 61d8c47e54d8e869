import type { Metadata } from "next";
import { institutionsMetadata, InstitutionsView } from "@/components/institutions/institutions-view";
import { parseInstitutionFilters } from "@/lib/catalogue/filters";
import { notFound } from "next/navigation";
import { isCanonicalState } from "@/lib/catalogue/rewrite";
import { decodeState } from "@/lib/catalogue/state";

// Cached 金融机构 (proxy.ts rewrites /institutions?… here); see docs/catalogue.md.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ state: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return institutionsMetadata(parseInstitutionFilters(decodeState((await params).state)));
}

export default async function CachedInstitutionsPage({ params }: Props) {
  const { state } = await params;
  if (!isCanonicalState("/institutions", state)) notFound();
  return <InstitutionsView filters={parseInstitutionFilters(decodeState(state))} />;
}

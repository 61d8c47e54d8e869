import type { Metadata } from "next";
import { centreMetadata, FIRST_LOAN_CENTRE } from "@/components/products/centre-configs";
import { CentrePage } from "@/components/products/centre-page";
import { notFound } from "next/navigation";
import { isCanonicalState } from "@/lib/catalogue/rewrite";
import { decodeState } from "@/lib/catalogue/state";

// Cached 首贷中心 (proxy.ts rewrites /first-loan?… here); see docs/catalogue.md.
export const revalidate = 3600;
export const dynamicParams = true;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ state: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return centreMetadata(FIRST_LOAN_CENTRE, decodeState((await params).state));
}

export default async function CachedFirstLoanPage({ params }: Props) {
  const { state } = await params;
  if (!isCanonicalState("/first-loan", state)) notFound();
  return <CentrePage config={FIRST_LOAN_CENTRE} searchParams={decodeState(state)} />;
}

import type { Metadata } from "next";
import { institutionsMetadata, InstitutionsView } from "@/components/institutions/institutions-view";
import { parseInstitutionFilters, type SearchParamsInput } from "@/lib/catalogue/filters";

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return institutionsMetadata(parseInstitutionFilters(await searchParams));
}

export default async function InstitutionsPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-slate-900">金融机构</h1>
      <p className="mt-2 text-sm leading-6 text-slate-600">按服务区域和机构类型筛选金融机构，点击机构查看其发布的全部融资产品。</p>
      <InstitutionsView filters={parseInstitutionFilters(await searchParams)} />
    </div>
  );
}

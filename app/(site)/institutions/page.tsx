import type { Metadata } from "next";
import { Suspense } from "react";
import { institutionsMetadata, InstitutionsView } from "@/components/institutions/institutions-view";
import { ListSkeleton } from "@/components/ui/skeleton";
import { parseInstitutionFilters, type SearchParamsInput } from "@/lib/catalogue/filters";

type Props = { searchParams: Promise<SearchParamsInput> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  return institutionsMetadata(parseInstitutionFilters(await searchParams));
}

async function Listing({ searchParams }: Props) {
  return <InstitutionsView filters={parseInstitutionFilters(await searchParams)} />;
}

export default function InstitutionsPage({ searchParams }: Props) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <h1 className="text-2xl font-bold text-slate-900">金融机构</h1>
      <p className="mt-2 text-sm leading-6 text-slate-600">按服务区域和机构类型筛选金融机构，点击机构查看其发布的全部融资产品。</p>
      <Suspense fallback={<ListSkeleton label="正在加载金融机构…" />}>
        <Listing searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

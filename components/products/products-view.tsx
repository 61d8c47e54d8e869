// 金融超市 /products: the heading and the catalogue for the filters of the URL.
import type { Metadata } from "next";
import { ProductCatalogue } from "./product-catalogue";
import { PRODUCT_FILTER_GROUPS, type ProductFilters } from "@/lib/catalogue/filters";
import { getInstitutionSummary } from "@/lib/catalogue/queries-institutions";
import { listProducts } from "@/lib/catalogue/queries-products";
import { listingRobots, singleOptionLabel } from "@/lib/catalogue/seo";

const DESCRIPTION =
  "天水市金融超市汇集银行、小贷、担保、保险等机构的贷款产品，可按机构类型、银行、标签、特色、类型、方式、金额、期限、地区和贷款利率筛选，在线查看产品详情并申请。";

export async function productsMetadata(filters: ProductFilters): Promise<Metadata> {
  const institution = filters.institution ? await getInstitutionSummary(filters.institution) : null;
  const label = institution?.name ?? singleOptionLabel(filters);
  const title = label ? `${label}贷款产品 - 金融超市` : "金融超市";
  return {
    title,
    description: label ? `${label}在天水市智慧金融服务平台发布的贷款产品：利率、额度、期限与融资方式一览，在线申请。` : DESCRIPTION,
    openGraph: { title, description: DESCRIPTION, url: "/products" },
    ...listingRobots("/products", filters),
  };
}

export async function ProductsView({ filters }: { filters: ProductFilters }) {
  const [result, institution] = await Promise.all([
    listProducts(filters),
    filters.institution ? getInstitutionSummary(filters.institution) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1 className="text-2xl font-bold text-slate-900">{institution ? `${institution.name} · 金融产品` : "金融超市"}</h1>
      <p className="mt-2 text-sm leading-6 text-slate-600">
        {institution
          ? `以下是${institution.name}在本平台发布的全部融资产品，可继续筛选。`
          : "按条件筛选适合您的贷款产品，查看详情后可在线申请。"}
      </p>
      <div className="mt-5">
        <ProductCatalogue basePath="/products" filters={filters} result={result} groups={PRODUCT_FILTER_GROUPS} />
      </div>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProductQuestions } from "@/components/applications/product-questions";
import { methodsLabel } from "@/components/products/product-card";
import { ProductFacts } from "@/components/products/product-facts";
import { ProductJsonLd } from "@/components/products/product-json-ld";
import { applyHref, productsOfInstitutionHref } from "@/lib/catalogue/url";
import { getProduct, getProductFigures } from "@/lib/catalogue/queries-product";
import { parseRouteId } from "@/lib/domain/ids";
import { formatDate, formatRate, formatWan } from "@/lib/format";
import { PRODUCT_CATEGORIES, PRODUCT_TAGS, REGIONS, labelOf } from "@/lib/reference";

// The product's data comes from the cache (invalidated by its tags); the page answers 404 with the
// status 404 for a product that is not public, so it renders before anything is sent.

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseRouteId((await params).id);
  return id ? getProduct(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await load(params);
  if (!product) return { title: "产品不存在", robots: { index: false } };
  const title = `${product.name} - ${product.institution.name}`;
  const description = `${product.institution.name}${product.name}：年化${formatRate(product.minRate)}%起，最高额度${formatWan(product.maxAmount)}万，最长期限${product.maxTermMonths}个月，融资方式${methodsLabel(product.methods)}。${product.highlights}`;
  const url = `/products/${product.id}`;
  return { title, description, alternates: { canonical: url }, openGraph: { title, description, url, type: "website" } };
}

export default async function ProductPage({ params }: Props) {
  const product = await load(params);
  if (!product) notFound();
  const figures = await getProductFigures(product.id);
  const regionsLabel = product.regions.map((r) => labelOf(REGIONS, r)).join("、");
  const badges = [
    ...product.tags.map((t) => labelOf(PRODUCT_TAGS, t)),
    ...(product.isFirstLoan ? ["首贷"] : []),
    ...(product.isRenewal ? ["续贷"] : []),
    labelOf(PRODUCT_CATEGORIES, product.category),
  ];
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <ProductJsonLd product={product} />
      <nav aria-label="当前位置" className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/products" className="text-brand-700 hover:underline">金融超市</Link>
            <span aria-hidden="true"> / </span>
          </li>
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>
      <div className="mt-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <h1 className="text-2xl font-bold text-slate-900">{product.name}</h1>
        <p className="mt-2 text-slate-700">
          发布机构：
          <Link href={productsOfInstitutionHref(product.institution.id)} className="text-brand-700 underline underline-offset-2 hover:text-brand-900">
            {product.institution.name}
          </Link>
          <span className="ml-4 text-sm text-slate-600">
            发布日期：<time dateTime={product.publishedAt}>{formatDate(product.publishedAt)}</time>
          </span>
        </p>
        <ul className="mt-3 flex flex-wrap gap-2" aria-label="产品标签">
          {badges.map((b) => (
            <li key={b} className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-800">{b}</li>
          ))}
        </ul>
        <dl className="mt-5 grid grid-cols-3 gap-3 text-center">
          <div className="rounded bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">最低利率</dt>
            <dd className="text-lg sm:text-2xl">
              年化<strong className="text-accent-600">{formatRate(product.minRate)}%</strong>起
            </dd>
          </div>
          <div className="rounded bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">最高额度</dt>
            <dd className="text-lg font-semibold sm:text-2xl">{formatWan(product.maxAmount)}万</dd>
          </div>
          <div className="rounded bg-slate-50 p-3">
            <dt className="text-sm text-slate-600">最长期限</dt>
            <dd className="text-lg font-semibold sm:text-2xl">{product.maxTermMonths}个月</dd>
          </div>
        </dl>
        <dl className="mt-5 grid gap-2 leading-7 sm:grid-cols-[6rem_1fr]">
          <dt className="text-slate-600">融资方式</dt>
          <dd className="text-slate-900">{methodsLabel(product.methods)}</dd>
          <dt className="text-slate-600">产品特点</dt>
          <dd className="text-slate-900">{product.highlights}</dd>
        </dl>
        <Link
          href={applyHref(product.id)}
          className="mt-5 inline-flex h-11 items-center rounded bg-accent-600 px-8 text-base font-medium text-white hover:bg-orange-800"
        >
          立即申请
        </Link>
      </div>

      <div className="mt-5 grid gap-5 lg:grid-cols-[1fr_18rem]">
        <div className="flex flex-col gap-5">
          <ProductFacts product={product} regionsLabel={regionsLabel} />
          <ProductQuestions productId={product.id} institutionName={product.institution.name} />
        </div>
        <aside aria-labelledby="figures-heading" className="h-fit rounded-lg border border-slate-200 bg-white p-5">
          <h2 id="figures-heading" className="text-lg font-semibold text-slate-900">对接情况</h2>
          <dl className="mt-3 grid gap-3">
            <Figure label="申请笔数" value={`${figures.applications}笔`} />
            <Figure label="对接成功笔数" value={`${figures.matches}笔`} />
            <Figure label="累计放款金额" value={`${formatWan(figures.lentWan)}万`} />
          </dl>
          <p className="mt-3 text-xs leading-5 text-slate-600">根据本平台的申请记录统计。</p>
        </aside>
      </div>
    </div>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex items-baseline justify-between border-b border-slate-100 pb-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="text-lg font-semibold text-brand-800">{value}</dd>
    </div>
  );
}

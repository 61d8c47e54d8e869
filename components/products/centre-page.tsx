import Link from "next/link";
import {
  normaliseProductFilters,
  parseProductFilters,
  PRODUCT_FILTER_GROUPS,
  type SearchParamsInput,
} from "@/lib/catalogue/filters";
import { listProducts } from "@/lib/catalogue/queries-products";
import { TopicPolicies } from "@/components/content/topic-policies";
import { ProductCatalogue } from "./product-catalogue";

export interface CentreConfig {
  basePath: "/first-loan" | "/renewal";
  feature: "first-loan" | "renewal";
  title: string;
  lead: string;
  sections: { heading: string; paragraphs?: string[]; steps?: string[] }[];
  action: { label: string; href: string; note: string };
  listHeading: string;
  // 首贷政策浏览 / 续贷政策浏览: the policies of the centre's topic (资讯动态).
  policies: { topic: "first-loan" | "renewal"; heading: string };
}

const CENTRE_GROUPS = PRODUCT_FILTER_GROUPS.filter((g) => g.key !== "feature");
const OMIT = ["feature"] as const;

async function CentreProducts({ config, searchParams }: { config: CentreConfig; searchParams: Promise<SearchParamsInput> }) {
  const filters = normaliseProductFilters({ ...parseProductFilters(await searchParams), feature: config.feature });
  const result = await listProducts(filters);
  return <ProductCatalogue basePath={config.basePath} filters={filters} result={result} groups={CENTRE_GROUPS} omit={OMIT} />;
}

// 首贷中心 / 续贷中心: the policy in plain words, the centre's action, and the products with its 特色
// for the URL's filters.
export function CentrePage({ config, searchParams }: { config: CentreConfig; searchParams: Promise<SearchParamsInput> }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:py-8">
      <div className="rounded-lg bg-brand-800 px-5 py-6 text-white sm:px-8 sm:py-8">
        <h1 className="text-2xl font-bold sm:text-3xl">{config.title}</h1>
        <p className="mt-3 max-w-3xl leading-7 text-brand-50">{config.lead}</p>
        <Link
          href={config.action.href}
          className="mt-5 inline-flex h-11 items-center rounded bg-white px-6 text-base font-semibold text-brand-800 hover:bg-brand-50"
        >
          {config.action.label}
        </Link>
        <p className="mt-2 text-sm text-brand-100">{config.action.note}</p>
      </div>
      <div className="mt-5 grid gap-4 md:grid-cols-2">
        {config.sections.map((s) => (
          <section key={s.heading} className="rounded-lg border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold text-slate-900">{s.heading}</h2>
            {s.paragraphs?.map((p) => (
              <p key={p} className="mt-2 leading-7 text-slate-800">
                {p}
              </p>
            ))}
            {s.steps ? (
              <ol className="mt-2 list-decimal space-y-1 pl-5 leading-7 text-slate-800">
                {s.steps.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
            ) : null}
          </section>
        ))}
      </div>
      <div className="mt-5">
        <TopicPolicies topic={config.policies.topic} heading={config.policies.heading} />
      </div>
      <h2 className="mt-8 text-xl font-bold text-slate-900">{config.listHeading}</h2>
      <div className="mt-4">
        <CentreProducts config={config} searchParams={searchParams} />
      </div>
    </div>
  );
}

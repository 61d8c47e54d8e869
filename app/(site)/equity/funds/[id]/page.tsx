import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FundJsonLd } from "@/components/equity/fund-json-ld";
import { parseRouteId } from "@/lib/domain/ids";
import { fundHref } from "@/lib/equity/labels";
import { getFund } from "@/lib/equity/queries-public";
import { formatWan } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

async function load(params: Props["params"]) {
  const id = parseRouteId((await params).id);
  return id ? getFund(id) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const fund = await load(params);
  if (!fund) return { title: "投资机构不存在", robots: { index: false } };
  const description = `${fund.name}：${fund.description ?? ""}投资领域：${fund.investmentFields.join("、")}。`;
  return { title: fund.name, description, alternates: { canonical: fundHref(fund.id) }, openGraph: { title: fund.name, description, url: fundHref(fund.id), type: "website" } };
}

// 基金详情 (manual 2.6): the fund's facts, its cases and 我要约谈.
export default async function FundPage({ params }: Props) {
  const fund = await load(params);
  if (!fund) notFound();
  return (
    <div className="mx-auto max-w-5xl space-y-5 px-4 py-6 sm:py-8">
      <FundJsonLd fund={fund} />
      <nav aria-label="当前位置" className="text-sm text-slate-600">
        <ol className="flex flex-wrap gap-1">
          <li><Link href="/equity" className="text-brand-700 hover:underline">投资机构</Link><span aria-hidden="true"> / </span></li>
          <li aria-current="page">{fund.name}</li>
        </ol>
      </nav>
      <article aria-labelledby="fund-title" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 sm:p-6">
        <h1 id="fund-title" className="text-2xl font-bold text-slate-900">{fund.name}</h1>
        <dl className="grid gap-2 text-slate-800 sm:grid-cols-2">
          <div><dt className="inline text-slate-600">投资机构：</dt><dd className="inline">{fund.name}</dd></div>
          <div><dt className="inline text-slate-600">成立时间：</dt><dd className="inline">{fund.foundedOn ?? "—"}</dd></div>
          <div><dt className="inline text-slate-600">管理规模：</dt><dd className="inline">{fund.managedScale ? `${formatWan(fund.managedScale)}万元` : "—"}</dd></div>
          <div><dt className="inline text-slate-600">投资领域：</dt><dd className="inline">{fund.investmentFields.join("、") || "—"}</dd></div>
          {fund.address ? <div className="sm:col-span-2"><dt className="inline text-slate-600">地址：</dt><dd className="inline">{fund.address}</dd></div> : null}
        </dl>
        <section aria-labelledby="fund-intro">
          <h2 id="fund-intro" className="mb-2 text-lg font-semibold text-slate-900">机构简介</h2>
          <p className="whitespace-pre-line leading-7 text-slate-700">{fund.description ?? "暂无简介"}</p>
        </section>
        <section aria-labelledby="fund-cases">
          <h2 id="fund-cases" className="mb-2 text-lg font-semibold text-slate-900">投资案例</h2>
          {fund.cases.length === 0 ? (
            <p className="text-slate-700">暂无公开的投资案例</p>
          ) : (
            <ul className="space-y-2">
              {fund.cases.map((c) => (
                <li key={c.id} className="rounded border border-slate-200 p-3">
                  <p className="font-medium text-slate-900">{c.title}（{c.year}年）</p>
                  <p className="text-slate-700">{c.summary}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
        <p>
          <Link href={`${fundHref(fund.id)}/meet`} className="inline-flex min-h-11 items-center rounded bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800">我要约谈</Link>
        </p>
      </article>
    </div>
  );
}

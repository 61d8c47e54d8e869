// 首页: the platform's figures, featured products, the latest policies and news, ongoing activities.
import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ActivityList, ArticleList, FiguresBar, SectionHeading } from "@/components/home/home-sections";
import { ProductCard } from "@/components/products/product-card";
import { siteConfig } from "@/config/site";
import { DEMAND_PATH } from "@/lib/catalogue/url";
import { getPlatformFigures, listLatestArticles, listOngoingActivities } from "@/lib/catalogue/queries-home";
import { listFeaturedProducts } from "@/lib/catalogue/queries-products";

export const homeMetadata: Metadata = {
  title: { absolute: `${siteConfig.name} - 金融超市、首贷续贷、股权融资一站式服务` },
  description: siteConfig.description,
  alternates: { canonical: "/" },
  openGraph: { title: siteConfig.name, description: siteConfig.description, url: "/" },
};

const ENTRY_NOTES: Record<string, string> = {
  "/products": "筛选银行贷款产品，在线申请",
  "/institutions": "入驻机构与对接成效",
  "/first-loan": "首次贷款企业专区",
  "/renewal": "贷款到期续贷申请",
  "/equity": "投资机构与股权项目",
  "/bridge-loan": "转贷资金服务",
  "/activities": "银企对接活动报名",
  "/news/policies": "政策指南与新闻动态",
};

async function Figures() {
  return <FiguresBar figures={await getPlatformFigures()} />;
}

async function Featured() {
  const featured = await listFeaturedProducts(6);
  return (
    <ul className="mt-4 flex flex-col gap-3">
      {featured.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} />
        </li>
      ))}
    </ul>
  );
}

async function News() {
  const [policies, news] = await Promise.all([listLatestArticles("POLICY", 5), listLatestArticles("NEWS", 5)]);
  return (
    <div className="mt-4 grid gap-4 md:grid-cols-2">
      <ArticleList id="policies-heading" kind="POLICY" articles={policies} />
      <ArticleList id="articles-heading" kind="NEWS" articles={news} />
    </div>
  );
}

async function Activities() {
  return <ActivityList activities={await listOngoingActivities(4)} />;
}

export async function HomeView() {
  // Request-time: the build renders no data from the database (and never opens the embedded one).
  await connection();
  return (
    <>
      <div className="bg-brand-800 text-white">
        <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
          <h1 className="text-2xl font-bold sm:text-3xl">{siteConfig.name}</h1>
          <p className="mt-3 max-w-3xl leading-7 text-brand-50">{siteConfig.description}</p>
          <div className="mt-6">
              <Figures />
          </div>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-8">
        <section aria-labelledby="entries-heading">
          <SectionHeading id="entries-heading" title="服务导航" />
          <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
            {siteConfig.mainNav.slice(1).map((item) => (
              <li key={item.href}>
                <Link
                  prefetch={false}
                  href={item.href}
                  className="block h-full rounded-lg border border-slate-200 bg-white px-4 py-4 hover:border-brand-600"
                >
                  <span className="block font-semibold text-brand-800">{item.title}</span>
                  <span className="mt-1 block text-sm text-slate-600">{ENTRY_NOTES[item.href]}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="centres-heading">
          <SectionHeading id="centres-heading" title="首贷续贷" />
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <Link prefetch={false} href="/first-loan" className="block rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-600">
              <span className="block text-lg font-semibold text-brand-800">首贷中心</span>
              <span className="mt-2 block leading-7 text-slate-700">
                从未在任何金融机构获得过贷款的企业，可在这里找到首贷产品、在线申请或发布首贷需求。
              </span>
            </Link>
            <Link prefetch={false} href="/renewal" className="block rounded-lg border border-slate-200 bg-white p-5 hover:border-brand-600">
              <span className="block text-lg font-semibold text-brand-800">续贷中心</span>
              <span className="mt-2 block leading-7 text-slate-700">
                贷款快到期还需继续用款的企业，可在到期前提交续贷申请，查看支持续贷的产品。
              </span>
            </Link>
          </div>
        </section>

        <section aria-labelledby="featured-heading">
          <SectionHeading id="featured-heading" title="推荐产品" href="/products" linkLabel="进入金融超市" />
          <Featured />
        </section>

        <section aria-labelledby="news-heading">
          <SectionHeading id="news-heading" title="资讯动态" />
          <News />
        </section>

        <section aria-labelledby="activities-heading">
          <SectionHeading id="activities-heading" title="金融活动" href="/activities?phase=ongoing" linkLabel="更多活动" />
          <Activities />
        </section>
      </div>
      <Link
        prefetch={false}
        href={DEMAND_PATH}
        className="fixed bottom-5 right-5 z-30 inline-flex h-14 items-center rounded-full bg-accent-600 px-5 text-base font-semibold text-white shadow-lg hover:bg-orange-800"
      >
        发布需求
      </Link>
    </>
  );
}

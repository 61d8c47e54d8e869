import type { Metadata } from "next";
import { CentrePage, type CentreConfig } from "@/components/products/centre-page";
import { normaliseProductFilters, parseProductFilters, type SearchParamsInput } from "@/lib/catalogue/filters";
import { listingRobots } from "@/lib/catalogue/seo";
import { loginThen, RENEWAL_APPLY_PATH } from "@/lib/catalogue/url";

type Props = { searchParams: Promise<SearchParamsInput> };

const config: CentreConfig = {
  basePath: "/renewal",
  feature: "renewal",
  title: "续贷中心",
  lead: "贷款快到期、企业还需要继续用钱时，可以申请续贷：在银行允许的情况下，不用先筹钱还清旧贷款，由银行在到期前审批新贷款接上旧贷款（无还本续贷），避免为了还贷四处借钱。",
  sections: [
    {
      heading: "什么时候申请",
      paragraphs: [
        "建议在贷款到期前 1 至 3 个月提交续贷申请，给银行留出审查时间。",
        "企业经营正常、按时付息、没有逾期和被执行记录的，更容易获得续贷。是否可以无还本续贷，由贷款银行根据企业情况决定。",
      ],
    },
    {
      heading: "怎么办理",
      steps: [
        "登录后点“提交续贷申请”；",
        "填写贷款金额、贷款期限、到期日、融资方式、贷款利率和原贷款机构；",
        "选择是否接受其他金融机构承接，填写所属区域、企业名称、统一社会信用代码和联系方式；",
        "阅读并同意《用户授权协议》后提交，银行受理后会与您联系。",
      ],
    },
  ],
  action: {
    label: "提交续贷申请",
    href: loginThen(RENEWAL_APPLY_PATH),
    note: "需要先登录企业账号。",
  },
  listHeading: "续贷产品",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // 特色 is fixed by the page: a ?feature= in the URL changes nothing and is not counted.
  const filters = normaliseProductFilters({ ...parseProductFilters(await searchParams), feature: undefined });
  const description = "天水市续贷中心：贷款即将到期的企业在线提交续贷申请，查看支持续贷（无还本续贷）的金融产品。";
  return {
    title: "续贷中心",
    description,
    openGraph: { title: "续贷中心", description, url: "/renewal" },
    ...listingRobots("/renewal", filters, ["feature"]),
  };
}

export default async function RenewalPage({ searchParams }: Props) {
  return <CentrePage config={config} searchParams={await searchParams} />;
}

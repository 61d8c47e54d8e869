import type { Metadata } from "next";
import { CentrePage, type CentreConfig } from "@/components/products/centre-page";
import { normaliseProductFilters, parseProductFilters, type SearchParamsInput } from "@/lib/catalogue/filters";
import { listingRobots } from "@/lib/catalogue/seo";
import { FIRST_LOAN_DEMAND_PATH, loginThen } from "@/lib/catalogue/url";

type Props = { searchParams: Promise<SearchParamsInput> };

const config: CentreConfig = {
  basePath: "/first-loan",
  feature: "first-loan",
  title: "首贷中心",
  lead: "首贷是企业第一次从银行等金融机构借到钱。首贷中心专为从来没有在任何金融机构获得过贷款的企业服务，集中展示各家机构的首贷产品，帮助企业迈出融资第一步。",
  sections: [
    {
      heading: "谁可以申请",
      paragraphs: [
        "仅限从未在任何金融机构（银行、小贷公司等）获得过贷款的企业。申请时需如实声明，机构会查询征信核实。",
        "申请前，请先在“个人中心 → 用户信息 → 认证授权”完成企业认证（企业名称、法人姓名、法人身份证号码、统一社会信用代码）。多次认证失败请致电 0938-8221924。",
      ],
    },
    {
      heading: "怎么办理",
      steps: [
        "完成企业认证；",
        "在下方挑选首贷产品，点“查看详情”了解利率、额度、准入条件；",
        "符合条件就点“立即申请”，填写申请金额、期限、用途等信息；",
        "不清楚哪款产品适合自己，可以“发布首贷需求”，由金融机构主动对接。",
      ],
    },
  ],
  action: {
    label: "发布首贷需求",
    href: loginThen(FIRST_LOAN_DEMAND_PATH),
    note: "需要先登录企业账号。",
  },
  listHeading: "首贷产品",
};

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  // 特色 is fixed by the page: a ?feature= in the URL changes nothing and is not counted.
  const filters = normaliseProductFilters({ ...parseProductFilters(await searchParams), feature: undefined });
  const description = "天水市首贷中心：为从未获得过贷款的企业集中提供首贷产品，在线申请或发布首贷需求，由金融机构主动对接。";
  return {
    title: "首贷中心",
    description,
    openGraph: { title: "首贷中心", description, url: "/first-loan" },
    ...listingRobots("/first-loan", filters, ["feature"]),
  };
}

export default async function FirstLoanPage({ searchParams }: Props) {
  return <CentrePage config={config} searchParams={await searchParams} />;
}

import type { Metadata } from "next";
import { normaliseProductFilters, parseProductFilters, type SearchParamsInput } from "@/lib/catalogue/filters";
import { listingRobots } from "@/lib/catalogue/seo";
import { FIRST_LOAN_DEMAND_PATH, RENEWAL_APPLY_PATH } from "@/lib/catalogue/url";
import type { CentreConfig } from "./centre-page";

// The texts of 首贷中心 and 续贷中心 (manual 2.10, 2.11), shared by their public and cached routes.
export const FIRST_LOAN_CENTRE: CentreConfig = {
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
    href: FIRST_LOAN_DEMAND_PATH,
    note: "需要先登录企业账号。",
  },
  listHeading: "首贷产品",
  policies: { topic: "first-loan", heading: "首贷政策" },
};
export const RENEWAL_CENTRE: CentreConfig = {
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
    href: RENEWAL_APPLY_PATH, // the form sends visitors to login first
    note: "需要先登录企业账号。",
  },
  listHeading: "续贷产品",
  policies: { topic: "renewal", heading: "续贷政策" },
};
const DESCRIPTIONS: Record<CentreConfig["feature"], string> = {
  "first-loan": "天水市首贷中心：为从未获得过贷款的企业集中提供首贷产品，在线申请或发布首贷需求，由金融机构主动对接。",
  renewal: "天水市续贷中心：贷款即将到期的企业在线提交续贷申请，查看支持续贷（无还本续贷）的金融产品。",
};

export function centreMetadata(config: CentreConfig, params: SearchParamsInput): Metadata {
  // 特色 is fixed by the page: a ?feature= in the URL changes nothing and is not counted.
  const filters = normaliseProductFilters({ ...parseProductFilters(params), feature: undefined });
  const description = DESCRIPTIONS[config.feature];
  return {
    title: config.title,
    description,
    openGraph: { title: config.title, description, url: config.basePath },
    ...listingRobots(config.basePath, filters, ["feature"]),
  };
}

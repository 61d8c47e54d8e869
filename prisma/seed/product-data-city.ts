// Products of the city-wide banks, including the manual's examples with their exact figures
// (工商银行 抗疫贷, 建设银行 小微经营贷 / 小企业经营贷, 农业银行 微建贷); 甘肃银行 9, 邮储银行 7.
import { C, G, M, P, type ProductSpec } from "./product-spec";

const GS = "甘肃银行";
const PSBC = "邮储银行";

export const CITY_PRODUCTS: ProductSpec[] = [
  // ---------- 甘肃银行: 9 ----------
  { inst: GS, name: "陇原惠农贷", cat: "PERSONAL", methods: [C], rate: 4.35, amount: 50, term: 36, date: "2020-06-18",
    profile: "farmer", highlights: "省级“陇原惠农贷”项目，财政贴息，纯信用", featured: 7 },
  { inst: GS, name: "金企贷", cat: "ENTERPRISE", methods: [M, G], rate: 4.5, amount: 1000, term: 36, date: "2020-12-02",
    profile: "smallbiz", highlights: "中小企业流动资金贷款，抵押担保方式灵活" },
  { inst: GS, name: "税金贷", cat: "ENTERPRISE", methods: [C], rate: 4.8, amount: 200, term: 12, date: "2021-07-14",
    profile: "tax", highlights: "以税定贷，线上申请，纯信用无抵押" },
  { inst: GS, name: "甘银快贷", cat: "PERSONAL", methods: [C], rate: 4.25, amount: 50, term: 36, date: "2022-02-23",
    profile: "salary", highlights: "优质单位员工线上信用贷款，最快5分钟到账" },
  { inst: GS, name: "科技贷", cat: "ENTERPRISE", methods: [P, C], rate: 4.2, amount: 1000, term: 36, date: "2022-08-30",
    profile: "tech", highlights: "知识产权质押与信用结合，享受科技金融风险补偿" },
  { inst: GS, name: "创业担保贷款", cat: "PERSONAL", methods: [G], rate: 3.65, amount: 30, term: 36, date: "2023-01-09",
    profile: "startup", highlights: "个人创业最高30万元，财政贴息" },
  { inst: GS, name: "政采贷", cat: "ENTERPRISE", methods: [C, P], rate: 4.6, amount: 500, term: 12, date: "2023-06-21",
    profile: "supply", highlights: "凭政府采购中标合同申请，应收账款质押", tags: ["TRANSACTION"] },
  { inst: GS, name: "无还本续贷", cat: "ENTERPRISE", methods: [C, M], rate: 4.5, amount: 1000, term: 36, date: "2024-04-02",
    profile: "renewal", highlights: "到期无需还本，续贷手续前置办理", renewal: true },
  { inst: GS, name: "个人住房贷款", cat: "PERSONAL", methods: [M], rate: 3.55, amount: 300, term: 360, date: "2025-03-11",
    profile: "housing", highlights: "首套房利率优惠，最长30年" },
  // ---------- 邮储银行: 7 ----------
  { inst: PSBC, name: "极速贷", cat: "PERSONAL", methods: [C], rate: 4.35, amount: 20, term: 12, date: "2020-05-26",
    profile: "farmer", highlights: "农户小额信用贷款，手机银行秒批秒贷" },
  { inst: PSBC, name: "产业振兴贷", cat: "ENTERPRISE", methods: [C, G], rate: 4.5, amount: 500, term: 36, date: "2021-02-25",
    profile: "agribiz", highlights: "服务特色产业链上的合作社和农业企业" },
  { inst: PSBC, name: "小微易贷", cat: "ENTERPRISE", methods: [C], rate: 4.35, amount: 300, term: 12, date: "2021-11-08",
    profile: "tax", highlights: "依托税务、发票数据在线授信", tags: ["TRANSACTION", "INCLUSIVE"] },
  { inst: PSBC, name: "商户贷", cat: "PERSONAL", methods: [C], rate: 4.6, amount: 50, term: 12, date: "2022-10-17",
    profile: "merchant", highlights: "邮储收单商户专享，流水越多额度越高", tags: ["INCLUSIVE", "TRANSACTION"] },
  { inst: PSBC, name: "邮享贷", cat: "PERSONAL", methods: [C], rate: 4, amount: 20, term: 60, date: "2023-10-24",
    profile: "consumer", highlights: "个人消费信用贷款，额度循环使用" },
  { inst: PSBC, name: "首贷通", cat: "ENTERPRISE", methods: [C], rate: 4.2, amount: 100, term: 12, date: "2024-08-05",
    profile: "firstloan", highlights: "首次申贷的小微企业快速获得信用额度", first: true },
  { inst: PSBC, name: "个人住房贷款", cat: "PERSONAL", methods: [M], rate: 3.5, amount: 300, term: 360, date: "2025-06-03",
    profile: "housing", highlights: "新建商品房和二手房均可办理" },
  // ---------- 建设银行 ----------
  { inst: "建设银行", name: "小微经营贷", cat: "ENTERPRISE", methods: [C], rate: 4.62, amount: 500, term: 36, date: "2020-04-16",
    profile: "smallbiz", highlights: "“建行惠懂你”线上申请，小微企业信用贷款", area: "天水市", featured: 9 },
  { inst: "建设银行", name: "小企业经营贷", cat: "ENTERPRISE", methods: [C], rate: 4.62, amount: 3000, term: 36, date: "2020-05-12",
    profile: "smallbiz", highlights: "小企业大额信用贷款，综合结算和纳税数据授信", area: "天水市", featured: 6 },
  { inst: "建设银行", name: "云税贷", cat: "ENTERPRISE", methods: [C], rate: 4, amount: 300, term: 12, date: "2022-05-19",
    profile: "tax", highlights: "纳税信用良好即可申请，全流程线上" },
  // ---------- 工商银行 ----------
  { inst: "工商银行", name: "抗疫贷", cat: "ENTERPRISE", methods: [C], rate: 4.05, amount: 300, term: 12, date: "2020-07-08",
    profile: "smallbiz", highlights: "满足企业疫情防控期间的资金周转需求", first: true, featured: 10,
    note: "疫情防控重点保障企业和受疫情影响较大的小微企业优先受理，开辟绿色通道。" },
  { inst: "工商银行", name: "经营快贷", cat: "ENTERPRISE", methods: [C], rate: 4.35, amount: 1000, term: 12, date: "2021-09-22",
    profile: "tax", highlights: "基于结算、纳税、代发等数据自动审批" },
  { inst: "工商银行", name: "融e借", cat: "PERSONAL", methods: [C], rate: 3.8, amount: 30, term: 60, date: "2023-12-05",
    profile: "consumer", highlights: "工行个人客户线上消费贷款，随借随还" },
  // ---------- 农业银行 ----------
  { inst: "农业银行", name: "微建贷", cat: "ENTERPRISE", methods: [C], rate: 4.35, amount: 100, term: 12, date: "2020-06-30",
    profile: "smallbiz", highlights: "建筑业小微企业及其上下游信用贷款", area: "天水市",
    note: "主要面向具有建筑业资质的小微企业，用于工程项目材料采购和人工费用支付。" },
  { inst: "农业银行", name: "惠农e贷", cat: "PERSONAL", methods: [C], rate: 4.15, amount: 30, term: 36, date: "2021-01-19",
    profile: "farmer", highlights: "农户线上信用贷款，掌银申请自助用款", featured: 3 },
  { inst: "农业银行", name: "纳税e贷", cat: "ENTERPRISE", methods: [C], rate: 4, amount: 200, term: 12, date: "2022-11-28",
    profile: "tax", highlights: "小微企业凭纳税记录在线获得信用额度" },
  // ---------- 兰州银行 ----------
  { inst: "兰州银行", name: "兰银税贷", cat: "ENTERPRISE", methods: [C], rate: 4.5, amount: 120, term: 12, date: "2021-05-27",
    profile: "tax", highlights: "银税互动纯信用贷款" },
  { inst: "兰州银行", name: "商户e贷", cat: "PERSONAL", methods: [C], rate: 5.2, amount: 50, term: 12, date: "2024-02-26",
    profile: "merchant", highlights: "商户线上经营贷，随借随还", tags: ["INCLUSIVE", "TRANSACTION"] },
  // ---------- 农业发展银行 ----------
  { inst: "农业发展银行", name: "乡村振兴项目贷款", cat: "ENTERPRISE", methods: [M, G], rate: 3.5, amount: 50000, term: 240, date: "2021-12-14",
    profile: "policy", highlights: "政策性中长期贷款，支持农业农村基础设施和产业融合项目" },
  { inst: "农业发展银行", name: "粮食收购贷款", cat: "ENTERPRISE", methods: [G, P], rate: 3.45, amount: 5000, term: 12, date: "2023-08-15",
    profile: "policy", highlights: "保障夏粮秋粮收购资金，专款专用" },
  // ---------- 交通银行 ----------
  { inst: "交通银行", name: "普惠e贷", cat: "ENTERPRISE", methods: [M], rate: 3.9, amount: 1000, term: 120, date: "2022-03-29",
    profile: "mortgage", highlights: "房产抵押线上贷款，最长10年" },
  { inst: "交通银行", name: "优贷通", cat: "ENTERPRISE", methods: [M, G], rate: 4.2, amount: 1500, term: 60, date: "2024-09-10",
    profile: "renewal", highlights: "小微企业无还本续贷，最长5年", renewal: true },
  // ---------- 中国银行 ----------
  { inst: "中国银行", name: "中银企E贷", cat: "ENTERPRISE", methods: [C], rate: 4.1, amount: 300, term: 12, date: "2022-06-08",
    profile: "tax", highlights: "纳税、结算数据线上授信，秒批秒贷" },
  { inst: "中国银行", name: "知识产权质押贷", cat: "ENTERPRISE", methods: [P, C], rate: 3.95, amount: 1000, term: 36, date: "2025-05-22",
    profile: "tech", highlights: "专利、商标质押融资，享受贴息和评估费补贴", featured: 2 },
  // ---------- 浙商银行 ----------
  { inst: "浙商银行", name: "应收款链融资", cat: "ENTERPRISE", methods: [P], rate: 4.3, amount: 2000, term: 12, date: "2023-11-07",
    profile: "supply", highlights: "核心企业应收账款上链流转，供应商即时融资" },
];

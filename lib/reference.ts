// Reference data of the manual (docs/product.md, "Reference data"): one source for labels,
// filter options and seed data. Enum values come from the Prisma schema.
import type {
  ApplicationStatus,
  DemandMethod,
  Gender,
  InstitutionType,
  LoanMethod,
  LoanPurpose,
  ProductCategory,
  ProductTag,
  Region,
} from "@/lib/generated/prisma/enums";

export const REGIONS: { value: Region; label: string }[] = [
  { value: "QINZHOU", label: "秦州区" },
  { value: "MAIJI", label: "麦积区" },
  { value: "QINAN", label: "秦安县" },
  { value: "GANGU", label: "甘谷县" },
  { value: "WUSHAN", label: "武山县" },
  { value: "QINGSHUI", label: "清水县" },
  { value: "ZHANGJIACHUAN", label: "张家川回族自治县" },
];

// The 20 banks of the 金融超市 filter, in the manual's order.
export const BANKS = [
  "甘肃银行",
  "建设银行",
  "工商银行",
  "农业银行",
  "兰州银行",
  "农业发展银行",
  "天水秦州农村合作银行",
  "交通银行",
  "中国银行",
  "邮储银行",
  "浙商银行",
  "天水秦州长银村镇银行",
  "天水麦积农村合作银行",
  "张家川回族自治县农村信用合作联社",
  "秦安农村商业银行",
  "秦安众信村镇银行",
  "武山县农村信用合作联社",
  "甘谷县农村信用合作联社",
  "天水麦积融兴村镇银行",
  "清水县农村信用合作联社",
] as const;

export const INSTITUTION_TYPES: { value: InstitutionType; label: string }[] = [
  { value: "BANK", label: "银行" },
  { value: "FUND", label: "基金" },
  { value: "EXCHANGE", label: "交易中心" },
  { value: "IP_SERVICE", label: "知识产权" },
  { value: "MICRO_LOAN", label: "小贷" },
  { value: "GUARANTEE", label: "担保" },
  { value: "INSURANCE", label: "保险" },
];

// 机构类型 of the product filter: only lenders publish products.
export const PRODUCT_INSTITUTION_TYPES = INSTITUTION_TYPES.filter((t) =>
  ["BANK", "MICRO_LOAN", "GUARANTEE", "INSURANCE"].includes(t.value),
);

export const PRODUCT_TAGS: { value: ProductTag; label: string }[] = [
  { value: "INCLUSIVE", label: "普惠类" },
  { value: "TRANSACTION", label: "交易类" },
];

export const PRODUCT_FEATURES = [
  { value: "first-loan", label: "首贷" },
  { value: "renewal", label: "续贷" },
] as const;

export const PRODUCT_CATEGORIES: { value: ProductCategory; label: string }[] = [
  { value: "PERSONAL", label: "个人类" },
  { value: "ENTERPRISE", label: "企业类" },
];

export const LOAN_METHODS: { value: LoanMethod; label: string }[] = [
  { value: "CREDIT", label: "信用" },
  { value: "PLEDGE", label: "质押" },
  { value: "MORTGAGE", label: "抵押" },
  { value: "GUARANTEE", label: "担保" },
];

export const DEMAND_METHODS: { value: DemandMethod; label: string }[] = [
  { value: "ANY", label: "不限" },
  { value: "CREDIT", label: "信用" },
  { value: "MORTGAGE", label: "抵押" },
  { value: "PLEDGE", label: "质押" },
  { value: "GUARANTEE", label: "担保" },
];

// Buckets: lower bound exclusive (except the first, which starts at 0 inclusive), upper inclusive.
export interface Bucket {
  value: string;
  label: string;
  min: number; // exclusive, except for rate buckets starting at 0
  max: number | null; // inclusive; null = unbounded
}

export const AMOUNT_BUCKETS: Bucket[] = [
  { value: "0-100", label: "100万以内(含100万)", min: 0, max: 100 },
  { value: "100-500", label: "100-500万", min: 100, max: 500 },
  { value: "500-1000", label: "500-1000万", min: 500, max: 1000 },
  { value: "1000+", label: "1000万以上", min: 1000, max: null },
];

export const TERM_BUCKETS: Bucket[] = [
  { value: "0-12", label: "12个月以内(含12个月)", min: 0, max: 12 },
  { value: "12-24", label: "12-24个月", min: 12, max: 24 },
  { value: "24-60", label: "24-60个月", min: 24, max: 60 },
  { value: "60+", label: "60个月以上", min: 60, max: null },
];

// The first rate bucket is [0,5]: 0% is included.
export const RATE_BUCKETS: Bucket[] = [
  { value: "0-5", label: "0~5%", min: 0, max: 5 },
  { value: "5-10", label: "5%~10%", min: 5, max: 10 },
  { value: "10-15", label: "10%~15%", min: 10, max: 15 },
  { value: "15-20", label: "15%~20%", min: 15, max: 20 },
  { value: "20+", label: "20%以上", min: 20, max: null },
];

export const LOAN_PURPOSES: { value: LoanPurpose; label: string }[] = [
  { value: "WORKING_CAPITAL", label: "经营周转" },
  { value: "EQUIPMENT", label: "购置设备" },
  { value: "EXPANSION", label: "扩大生产" },
  { value: "AGRICULTURE", label: "农业生产" },
  { value: "HOUSING", label: "购房装修" },
  { value: "EDUCATION", label: "教育" },
  { value: "CONSUMPTION", label: "消费" },
  { value: "OTHER", label: "其他" },
];

export const GENDERS: { value: Gender; label: string }[] = [
  { value: "MALE", label: "先生" },
  { value: "FEMALE", label: "女士" },
];

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, string> = {
  SUBMITTED: "待受理",
  ACCEPTED: "已受理",
  APPROVED: "已授信",
  DISBURSED: "已放款",
  REJECTED: "未通过",
  RETURNED: "退回补充",
  WITHDRAWN: "已撤回",
};

export const CONTACT = {
  phone: "0938-8222788",
  email: "tsjrbyhk@163.com",
  fax: "0938-8222788",
  certificationHelpPhone: "0938-8221924",
} as const;

export function labelOf<T extends string>(options: { value: T; label: string }[], value: T): string {
  return options.find((o) => o.value === value)?.label ?? value;
}

// The government data sources behind a 信用报告, shaped like a provincial 政务数据共享交换 interface:
// a request names its subject (统一社会信用代码 or 身份证号), its purpose and the authorisation
// reference of the applicant's consent; the answer is the data with the source's 数据时间, or 无记录.
// Errors and timeouts are thrown as GovSourceError, as a real exchange has them.

export type GovSourceKind = "BUSINESS" | "TAX" | "SOCIAL" | "JUDICIAL" | "PENALTY";
export const GOV_SOURCE_KINDS: GovSourceKind[] = ["BUSINESS", "TAX", "SOCIAL", "JUDICIAL", "PENALTY"];

export const GOV_SOURCE_LABELS: Record<GovSourceKind, string> = {
  BUSINESS: "工商登记",
  TAX: "纳税",
  SOCIAL: "社保与公积金",
  JUDICIAL: "司法",
  PENALTY: "行政处罚",
};

export type GovSubject = { type: "ENTERPRISE"; uscc: string } | { type: "PERSON"; idNumber: string };

export interface GovRequest {
  subject: GovSubject;
  purpose: string; // e.g. 贷款审批
  authorizationRef: string; // the consent the pull is made under; logged with every request
  requestId: string;
}

// 工商登记
export interface BusinessData {
  name: string;
  status: string; // 存续 / 在业 / 吊销 / 注销
  establishedOn: string; // 成立日期 YYYY-MM-DD
  registeredCapital: number; // 注册资本 (万元)
  legalRepName: string; // 法定代表人
  businessScope: string; // 经营范围
}

// 纳税
export type TaxGrade = "A" | "B" | "M" | "C" | "D";
export interface TaxData {
  creditGrade: TaxGrade; // 纳税信用等级
  taxPaid: { year: number; amount: number }[]; // 近两年纳税额 (万元)
}

// 社保与公积金: enterprises answer 参保人数, people their 缴纳月数.
export interface SocialData {
  insuredStaff?: number; // 参保人数
  socialMonths?: number; // 社保缴纳月数
  housingFundMonths?: number; // 公积金缴纳月数
}

// 司法
export interface JudicialData {
  enforcementCases: number; // 被执行人 (current cases)
  dishonest: boolean; // 失信被执行人
  lawsuits: number; // 涉诉
}

// 行政处罚
export interface PenaltyData {
  penalties: { date: string; authority: string; reason: string }[];
}

export interface GovDataOf {
  BUSINESS: BusinessData;
  TAX: TaxData;
  SOCIAL: SocialData;
  JUDICIAL: JudicialData;
  PENALTY: PenaltyData;
}

export type GovAnswer<T> = { status: "OK"; data: T; dataTime: string } | { status: "NO_RECORD"; dataTime: string | null };

// One driver interface per source kind.
export interface GovSource<K extends GovSourceKind> {
  readonly kind: K;
  readonly driver: string;
  query(request: GovRequest, signal: AbortSignal): Promise<GovAnswer<GovDataOf[K]>>;
}

export type BusinessRegistrationSource = GovSource<"BUSINESS">;
export type TaxSource = GovSource<"TAX">;
export type SocialInsuranceSource = GovSource<"SOCIAL">;
export type JudicialSource = GovSource<"JUDICIAL">;
export type PenaltySource = GovSource<"PENALTY">;

export interface GovSources {
  BUSINESS: BusinessRegistrationSource;
  TAX: TaxSource;
  SOCIAL: SocialInsuranceSource;
  JUDICIAL: JudicialSource;
  PENALTY: PenaltySource;
}

// The source did not answer usably: network, HTTP status, the exchange's own error code, a timeout,
// an answer we cannot read. Never the applicant's fault: the report is marked partial.
export class GovSourceError extends Error {
  constructor(
    readonly code: "TIMEOUT" | "ERROR",
    detail: string,
  ) {
    super(detail);
    this.name = "GovSourceError";
  }
}

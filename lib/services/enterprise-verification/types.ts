// 企业四要素核验: 企业名称, 法人姓名, 法人身份证号码, 统一社会信用代码 against the enterprise registry.
// Real providers answer 一致 / 不一致 (naming the field) / 无记录; so do our drivers.
export interface EnterpriseQuery {
  enterpriseName: string;
  legalRepName: string;
  legalRepIdNumber: string;
  uscc: string;
}

export type MismatchField = "enterpriseName" | "legalRepName" | "legalRepIdNumber";

export type EnterpriseAnswer = { result: "MATCH" } | { result: "MISMATCH"; fields: MismatchField[] } | { result: "NOT_FOUND" };

export interface EnterpriseVerificationDriver {
  readonly name: string;
  verify(query: EnterpriseQuery): Promise<EnterpriseAnswer>;
}

// The provider did not answer (network, timeout, an answer we cannot read): not the user's failure.
export class VerificationUnavailableError extends Error {
  constructor(detail: string) {
    super(`Enterprise verification unavailable: ${detail}`);
    this.name = "VerificationUnavailableError";
  }
}

// What the historical records must add up to. Institution figures are computed from records:
// 对接成功笔数 = applications APPROVED or DISBURSED + demands MATCHED; 累计放款金额 = sum of DISBURSED amounts.
// The first five rows are the manual's figures (14款/93笔/23249万 etc.); the rest is modest background.
import type { ApplicationStatus, DemandStatus } from "@/lib/generated/prisma/enums";

export interface InstitutionHistory {
  inst: string;
  disbursed?: number; // applications DISBURSED
  disbursedSum?: number; // their total disbursedAmount (万)
  approved?: number; // applications APPROVED (not yet disbursed)
  matched?: number; // demands MATCHED
}

export const QZ = "天水秦州农村合作银行";
export const BRIDGE_PROVIDER = "天水市融资担保有限公司";

export const HISTORY_TARGETS: InstitutionHistory[] = [
  { inst: QZ, disbursed: 78, disbursedSum: 23249, approved: 9, matched: 6 }, // 93笔
  { inst: "甘肃银行", disbursed: 14, disbursedSum: 640, approved: 12, matched: 7 }, // 33笔
  { inst: "甘谷县农村信用合作联社", approved: 1, matched: 1 }, // 2笔
  { inst: "武山县农村信用合作联社", matched: 1 }, // 1笔
  { inst: "邮储银行", approved: 11, matched: 4 }, // 15笔
  { inst: "工商银行", disbursed: 3, disbursedSum: 260, approved: 2, matched: 1 },
  { inst: "建设银行", disbursed: 4, disbursedSum: 1180, approved: 2, matched: 1 },
  { inst: "农业银行", disbursed: 5, disbursedSum: 386, approved: 1, matched: 2 },
  { inst: "兰州银行", disbursed: 2, disbursedSum: 95, approved: 1 },
  { inst: "交通银行", disbursed: 2, disbursedSum: 650 },
  { inst: "中国银行", disbursed: 2, disbursedSum: 420, approved: 1 },
  { inst: "天水麦积农村合作银行", disbursed: 3, disbursedSum: 360, matched: 1 },
  { inst: "秦安农村商业银行", disbursed: 2, disbursedSum: 140 },
  { inst: "张家川回族自治县农村信用合作联社", disbursed: 2, disbursedSum: 75 },
  { inst: "清水县农村信用合作联社", disbursed: 1, disbursedSum: 30 },
  { inst: "天水秦州长银村镇银行", disbursed: 1, disbursedSum: 15 },
  { inst: "天水市陇原小额贷款有限公司", disbursed: 2, disbursedSum: 45 },
  { inst: "天水市麦积区丰泽小额贷款有限公司", disbursed: 1, disbursedSum: 20 },
  { inst: BRIDGE_PROVIDER, disbursed: 2, disbursedSum: 500 },
  { inst: "甘肃省农业信贷担保有限责任公司天水分公司", disbursed: 1, disbursedSum: 80 },
  { inst: "中国人民财产保险天水市分公司", approved: 1 },
];

/** Applications that do not count as 对接成功 (statuses on the way or closed). */
export const OTHER_APPLICATIONS: [string, ApplicationStatus, number][] = [
  [QZ, "SUBMITTED", 3], [QZ, "ACCEPTED", 2], [QZ, "REJECTED", 2], [QZ, "WITHDRAWN", 1], [QZ, "RETURNED", 1],
  ["甘肃银行", "SUBMITTED", 2], ["甘肃银行", "ACCEPTED", 1], ["甘肃银行", "REJECTED", 1], ["甘肃银行", "RETURNED", 1],
  ["工商银行", "SUBMITTED", 1], ["工商银行", "REJECTED", 1],
  ["建设银行", "SUBMITTED", 1], ["建设银行", "WITHDRAWN", 1],
  ["农业银行", "ACCEPTED", 1], ["中国银行", "ACCEPTED", 1], ["兰州银行", "WITHDRAWN", 1],
  ["邮储银行", "SUBMITTED", 1], ["邮储银行", "ACCEPTED", 1], ["邮储银行", "REJECTED", 1],
  ["武山县农村信用合作联社", "SUBMITTED", 1], ["甘谷县农村信用合作联社", "SUBMITTED", 1], ["甘谷县农村信用合作联社", "WITHDRAWN", 1],
  ["天水麦积融兴村镇银行", "SUBMITTED", 1], ["秦安众信村镇银行", "REJECTED", 1], ["浙商银行", "RETURNED", 1],
  ["天水市陇原小额贷款有限公司", "ACCEPTED", 1], ["天水市麦积区丰泽小额贷款有限公司", "REJECTED", 1],
];

/** 转贷 (bridge loan) applications handled by the bridge provider: [status, loan amount, bridge amount, days, original bank]. */
export const BRIDGE_APPLICATIONS: [ApplicationStatus, number, number, number, string][] = [
  ["DISBURSED", 500, 300, 10, "建设银行"],
  ["DISBURSED", 800, 500, 7, "甘肃银行"],
  ["DISBURSED", 300, 200, 5, QZ],
  ["SUBMITTED", 600, 400, 10, "工商银行"],
];

/** Open 续贷 applications waiting for any bank (institutionId null). */
export const OPEN_RENEWALS = 2;

/** Demands that are not MATCHED: [status, taker institution or null]. */
export const OTHER_DEMANDS: [DemandStatus, string | null][] = [
  ["OPEN", null], ["OPEN", null], ["OPEN", null], ["OPEN", null], ["OPEN", null], ["OPEN", null],
  ["IN_PROGRESS", "工商银行"], ["IN_PROGRESS", "建设银行"], ["IN_PROGRESS", QZ], ["IN_PROGRESS", "甘肃银行"],
  ["CLOSED", null], ["CLOSED", "邮储银行"],
];

export const REJECT_REASONS = [
  "近两年存在多次逾期记录，暂不符合准入条件",
  "经营年限不足1年，暂不符合产品要求",
  "申请金额超过测算的还款能力，建议降低申请金额后重新申请",
  "抵押物权属不清晰，暂无法办理抵押登记",
  "当前存在被执行信息，暂不符合准入条件",
];

export const RETURN_REASONS = [
  "请补充近6个月银行流水和经营场所租赁合同",
  "请补充营业执照副本及近一年财务报表",
  "请补充抵押物产权证明及评估报告",
];

export const DEMAND_PURPOSES = [
  "购买原材料，补充流动资金", "扩大种植规模，购买种苗和化肥", "新建冷库，储存苹果", "购置生产设备",
  "店面装修及进货", "支付工程款", "收购花椒、辣椒", "补栏肉牛，扩建圈舍", "研发投入和市场推广", "偿还到期贷款后续贷周转",
];

/** Integer amounts, each within [1, cap], that add up to `target` exactly. */
export function splitAmount(target: number, caps: number[], next: () => number): number[] {
  const capacity = caps.reduce((a, b) => a + b, 0);
  if (target > capacity || target < caps.length) throw new Error(`Cannot split ${target} over caps ${caps.join(",")}`);
  const share = target / capacity;
  const out = caps.map((c) => Math.min(c, Math.max(1, Math.round(c * share * (0.6 + 0.8 * next())))));
  let diff = target - out.reduce((a, b) => a + b, 0);
  for (let i = 0; diff !== 0 && i < out.length * 2; i++) {
    const k = i % out.length;
    const step = diff > 0 ? Math.min(diff, caps[k] - out[k]) : -Math.min(-diff, out[k] - 1);
    out[k] += step;
    diff -= step;
  }
  if (diff !== 0) throw new Error("splitAmount did not converge");
  return out;
}

import { formatWan } from "@/lib/format";
import { APPLICATION_STATUS_LABELS, INSTITUTION_TYPES } from "@/lib/reference";
import type { DistrictRow, Figures, InstitutionRow } from "./figures";
import { formatDays, formatHours, formatRatePercent } from "./format";

// The figures as labelled rows: the page's cards and tables and the XLSX export read the same lists.

export function overviewRows(f: Figures) {
  return [
    { label: "贷款申请", value: `${f.applications.total}笔`, detail: `已受理${f.applications.byStatus.ACCEPTED}笔 · 待受理${f.applications.byStatus.SUBMITTED}笔` },
    { label: "授信", value: `${formatWan(f.approved.amount)}万元`, detail: `${f.approved.count}笔` },
    { label: "放款", value: `${formatWan(f.disbursed.amount)}万元`, detail: `${f.disbursed.count}笔 · 平均用时${formatDays(f.disbursed.avgDays)}` },
    { label: "对接成功率", value: formatRatePercent(f.success), detail: `已授信或已放款${f.success.success}笔 / 已决定${f.success.decided}笔` },
    { label: "平均首次响应时间", value: formatHours(f.avgResponseHours), detail: `提交至受理、拒绝或退回，${f.responded}笔` },
    { label: "融资需求", value: `${f.demands.published}条`, detail: `接单${f.demands.taken} · 对接成功${f.demands.matched} · 超时${f.demands.overdue}` },
    { label: "金融活动", value: `${f.activities.activities}场`, detail: `报名${f.activities.registrations}次，共${f.activities.attendees}人` },
    { label: "新增用户", value: `${f.newUsers.personal + f.newUsers.enterprise}个`, detail: `个人${f.newUsers.personal} · 企业${f.newUsers.enterprise}` },
  ];
}

export function statusRows(f: Figures): [string, number][] {
  return (Object.keys(APPLICATION_STATUS_LABELS) as (keyof typeof APPLICATION_STATUS_LABELS)[]).map((s) => [APPLICATION_STATUS_LABELS[s], f.applications.byStatus[s]]);
}

const typeLabel = (t: InstitutionRow["type"]) => INSTITUTION_TYPES.find((x) => x.value === t)?.label ?? t;

export const INSTITUTION_COLUMNS = ["排名", "机构名称", "机构类型", "发布融资产品数量", "申请笔数", "对接成功笔数", "累计放款金额（万元）", "平均首次响应", "对接成功率"];

export function institutionCells(rows: InstitutionRow[]): (string | number)[][] {
  return rows.map((r, i) => [i + 1, r.name, typeLabel(r.type), r.products, r.applications, r.matches, formatWan(r.lent), formatHours(r.avgResponseHours), formatRatePercent(r.success)]);
}

export const DISTRICT_COLUMNS = ["区县", "申请笔数", "对接成功笔数", "放款金额（万元）", "对接成功率", "融资需求"];

export function districtCells(rows: DistrictRow[]): (string | number)[][] {
  return rows.map((r) => [r.label, r.applications, r.matches, formatWan(r.lent), formatRatePercent(r.success), r.demands]);
}

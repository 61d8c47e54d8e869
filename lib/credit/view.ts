import { formatDate, formatDateTime } from "@/lib/format";
import type { SourceResult } from "@/lib/services/gov-data/collect";
import { GOV_SOURCE_KINDS, GOV_SOURCE_LABELS, type GovSourceKind } from "@/lib/services/gov-data/types";
import { GRADE_LABELS, type CreditGrade } from "./grade";
import type { PlatformRecord, StoredSources } from "./types";

// A stored snapshot as the pages show it: each source's data with its 数据时间, what was not
// available, and the points that make up the grade.

export interface SourceSection {
  kind: GovSourceKind;
  label: string;
  state: "OK" | "NO_RECORD" | "UNAVAILABLE";
  dataTime: string | null;
  rows: { label: string; value: string }[];
  note: string | null;
}

export interface CreditReportView {
  id: string;
  createdAt: string;
  triggerLabel: string;
  partial: boolean;
  score: number;
  grade: string;
  gradeLabel: string;
  gradeItems: { source: string; rule: string; points: number }[];
  sections: SourceSection[];
  platform: PlatformRecord;
  authorizationRef: string;
}

const TAX_GRADE_LABELS = { A: "A级", B: "B级", M: "M级", C: "C级", D: "D级" } as const;

function rowsOf(result: SourceResult): { label: string; value: string }[] {
  if (result.status !== "OK") return [];
  switch (result.kind) {
    case "BUSINESS": {
      const d = (result as SourceResult<"BUSINESS"> & { status: "OK" }).data;
      return [
        { label: "企业名称", value: d.name },
        { label: "登记状态", value: d.status },
        { label: "成立日期", value: d.establishedOn },
        { label: "注册资本", value: `${d.registeredCapital}万元` },
        { label: "法定代表人", value: d.legalRepName },
        { label: "经营范围", value: d.businessScope },
      ];
    }
    case "TAX": {
      const d = (result as SourceResult<"TAX"> & { status: "OK" }).data;
      return [
        { label: "纳税信用等级", value: TAX_GRADE_LABELS[d.creditGrade] },
        ...d.taxPaid.map((t) => ({ label: `${t.year}年纳税额`, value: `${t.amount}万元` })),
      ];
    }
    case "SOCIAL": {
      const d = (result as SourceResult<"SOCIAL"> & { status: "OK" }).data;
      return [
        ...(d.insuredStaff !== undefined ? [{ label: "参保人数", value: `${d.insuredStaff}人` }] : []),
        ...(d.socialMonths !== undefined ? [{ label: "社保缴纳月数", value: `${d.socialMonths}个月` }] : []),
        ...(d.housingFundMonths !== undefined ? [{ label: "公积金缴存月数", value: `${d.housingFundMonths}个月` }] : []),
      ];
    }
    case "JUDICIAL": {
      const d = (result as SourceResult<"JUDICIAL"> & { status: "OK" }).data;
      return [
        { label: "被执行人", value: d.enforcementCases > 0 ? `是（${d.enforcementCases}件）` : "否" },
        { label: "失信被执行人", value: d.dishonest ? "是" : "否" },
        { label: "涉诉案件", value: `${d.lawsuits}件` },
      ];
    }
    case "PENALTY": {
      const d = (result as SourceResult<"PENALTY"> & { status: "OK" }).data;
      if (d.penalties.length === 0) return [{ label: "行政处罚", value: "无" }];
      return d.penalties.map((p, i) => ({ label: `处罚${i + 1}`, value: `${p.date} ${p.authority}：${p.reason}` }));
    }
  }
}

function sectionOf(result: SourceResult): SourceSection {
  const base = { kind: result.kind, label: GOV_SOURCE_LABELS[result.kind] };
  if (result.status === "OK") return { ...base, state: "OK", dataTime: formatDate(result.dataTime), rows: rowsOf(result), note: null };
  if (result.status === "NO_RECORD") {
    return { ...base, state: "NO_RECORD", dataTime: result.dataTime ? formatDate(result.dataTime) : null, rows: [], note: "无记录" };
  }
  return {
    ...base,
    state: "UNAVAILABLE",
    dataTime: null,
    rows: [],
    note: result.reason === "TIMEOUT" ? "数据源未在规定时间内响应，本次未取得" : "数据源暂不可用，本次未取得",
  };
}

export function toReportView(row: {
  id: string;
  createdAt: Date;
  trigger: "SUBMISSION" | "REFRESH";
  partial: boolean;
  score: number;
  grade: string;
  sources: unknown;
  platformRecord: unknown;
  authorizationRef: string;
}): CreditReportView {
  const stored = row.sources as StoredSources;
  return {
    id: row.id,
    createdAt: formatDateTime(row.createdAt),
    triggerLabel: row.trigger === "SUBMISSION" ? "提交申请时生成" : "机构刷新",
    partial: row.partial,
    score: row.score,
    grade: row.grade,
    gradeLabel: GRADE_LABELS[row.grade as CreditGrade["grade"]] ?? row.grade,
    gradeItems: stored.gradeItems.map((i) => ({ source: GOV_SOURCE_LABELS[i.source], rule: i.rule, points: i.points })),
    sections: GOV_SOURCE_KINDS.map((k) => sectionOf(stored.results[k])),
    platform: row.platformRecord as PlatformRecord,
    authorizationRef: row.authorizationRef,
  };
}

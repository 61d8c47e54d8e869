import type { DemandStatus } from "@/lib/generated/prisma/enums";

// The words of 需求管理 (manual 2.7): statuses and the events of a demand's history.
export const DEMAND_STATUS_LABELS: Record<DemandStatus, string> = {
  OPEN: "待对接",
  IN_PROGRESS: "对接中",
  MATCHED: "对接成功",
  CLOSED: "已关闭",
};

export const DEMAND_STATUS_OPTIONS = Object.entries(DEMAND_STATUS_LABELS).map(([value, label]) => ({ value: value as DemandStatus, label }));

export const OVERDUE_LABEL = "超时";

export function demandKind(isFirstLoan: boolean): string {
  return isFirstLoan ? "首贷需求" : "融资需求";
}

export const demandHref = (id: string) => `/me/demands/${encodeURIComponent(id)}`;
export const orgDemandHref = (id: string) => `/org/demands/${encodeURIComponent(id)}`;
export const adminDemandHref = (id: string) => `/admin/demands/${encodeURIComponent(id)}`;

export function parseDemandStatus(value: unknown): DemandStatus | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" && v in DEMAND_STATUS_LABELS ? (v as DemandStatus) : undefined;
}

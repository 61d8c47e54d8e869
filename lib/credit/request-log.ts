import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage, type Page } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { GOV_SOURCE_KINDS, GOV_SOURCE_LABELS, type GovSourceKind } from "@/lib/services/gov-data/types";

// 管理后台 → 政务数据查询日志: every request sent to a government source (GovDataRequest), newest first,
// filtered by source and Beijing dates. Administrators only (anyone else: null, the not-found page).

export const REQUEST_LOG_PAGE_SIZE = 50;

export interface RequestLogFilter {
  source?: GovSourceKind;
  from?: string; // YYYY-MM-DD, Beijing
  to?: string;
}

export interface RequestLogRow {
  id: string;
  createdAt: Date;
  source: string;
  purpose: string;
  authorizationRef: string;
  subject: string; // 贷款申请 or 融资需求
  institution: string;
  outcome: string;
  durationMs: number;
  error: string | null;
}

export const OUTCOME_LABELS: Record<string, string> = { OK: "成功", NO_RECORD: "无记录", ERROR: "错误", TIMEOUT: "超时" };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const beijingStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export function parseRequestLogFilter(sp: Record<string, string | string[] | undefined>): RequestLogFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string).trim() : "");
  const source = one("source");
  return {
    source: (GOV_SOURCE_KINDS as readonly string[]).includes(source) ? (source as GovSourceKind) : undefined,
    from: DAY.test(one("from")) ? one("from") : undefined,
    to: DAY.test(one("to")) ? one("to") : undefined,
  };
}

export async function listGovDataRequests(actor: Actor, filter: RequestLogFilter, page: number): Promise<Page<RequestLogRow> | null> {
  if (!isAdmin(actor)) return null;
  const where: Prisma.GovDataRequestWhereInput = {
    ...(filter.source ? { source: filter.source } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: beijingStart(filter.from) } : {}),
            ...(filter.to ? { lt: new Date(beijingStart(filter.to).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
  const [rows, total] = await Promise.all([
    db.govDataRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], ...pageWindow(page, REQUEST_LOG_PAGE_SIZE) }),
    db.govDataRequest.count({ where }),
  ]);
  // GovDataRequest is a log without relations: the institutions' names are read once per page.
  const ids = [...new Set(rows.map((r) => r.institutionId))];
  const names = new Map((await db.institution.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((i) => [i.id, i.name]));
  return toPage(
    rows.map((r) => ({
      id: r.id,
      createdAt: r.createdAt,
      source: GOV_SOURCE_LABELS[r.source],
      purpose: r.purpose,
      authorizationRef: r.authorizationRef,
      subject: r.demandId ? "融资需求" : "贷款申请",
      institution: names.get(r.institutionId) ?? "—",
      outcome: OUTCOME_LABELS[r.outcome] ?? r.outcome,
      durationMs: r.durationMs,
      error: r.error,
    })),
    total,
    page,
    REQUEST_LOG_PAGE_SIZE,
  );
}

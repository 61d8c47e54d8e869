import "server-only";
import writeXlsxFile from "write-excel-file/node";
import { ROLE_LABELS } from "@/lib/accounts/queries";
import { db } from "@/lib/db";
import { isAdmin, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError } from "@/lib/domain/errors";
import { AUDIT_ORDER, auditRowSelect, auditWhere, toAuditRow, type AuditFilter } from "./audit-queries";

// 审计日志 → 导出: the rows of the page's filter as XLSX, newest first, masked as on the page (actor phones), at
// most AUDIT_EXPORT_LIMIT rows (the page says so). Administrators only; every export is itself audited
// (`audit.export`: the filter, the rows written, whether the cap cut the list).
export const AUDIT_EXPORT_LIMIT = 10_000;

type Row = ReturnType<typeof toAuditRow>;
const COLUMNS: { title: string; value: (r: Row) => string | Date; width: number }[] = [
  { title: "时间", value: (r) => r.createdAt, width: 18 },
  { title: "操作人", value: (r) => (r.actor ? `${r.actor.name ?? ""} ${r.actor.phone}`.trim() : ""), width: 20 },
  { title: "角色", value: (r) => (r.actor ? ROLE_LABELS[r.actor.role] : ""), width: 10 },
  { title: "操作", value: (r) => r.action, width: 28 },
  { title: "对象类型", value: (r) => r.targetType ?? "", width: 16 },
  { title: "对象ID", value: (r) => r.targetId ?? "", width: 28 },
  { title: "IP", value: (r) => r.ip ?? "", width: 16 },
  { title: "详情", value: (r) => r.detail, width: 60 },
];

export async function auditSheet(actor: Actor, filter: AuditFilter, meta?: RequestMeta) {
  if (!isAdmin(actor)) throw new NotFoundError("记录");
  const where = auditWhere(filter);
  const [records, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: AUDIT_ORDER, select: auditRowSelect, take: AUDIT_EXPORT_LIMIT }),
    db.auditLog.count({ where }),
  ]);
  const rows = records.map((r) => toAuditRow(r, 2000));
  await audit({
    action: "audit.export",
    actorId: actor.id,
    targetType: "AuditLog",
    meta,
    detail: { filter: { ...filter }, rows: rows.length, total, capped: total > rows.length }, // the actor by id, no phone
  });
  const header = COLUMNS.map((c) => ({ value: c.title, fontWeight: "bold" as const }));
  const data = rows.map((r) =>
    COLUMNS.map((c) => {
      const value = c.value(r);
      if (value instanceof Date) return { value, type: Date, format: "yyyy-mm-dd hh:mm:ss" };
      return value === "" ? null : { value, type: String };
    }),
  );
  return { sheet: [header, ...data], rows: rows.length, total };
}

export async function exportAudit(actor: Actor, filter: AuditFilter, meta?: RequestMeta): Promise<{ body: Buffer; filename: string; rows: number }> {
  const { sheet, rows } = await auditSheet(actor, filter, meta);
  const body = await writeXlsxFile(sheet, { columns: COLUMNS.map((c) => ({ width: c.width })), sheet: "审计日志" }).toBuffer();
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  return { body, filename: `审计日志-${day}.xlsx`, rows };
}

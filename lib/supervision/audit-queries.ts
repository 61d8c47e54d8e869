import "server-only";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskPhone } from "@/lib/mask";

// 审计日志 (管理后台): logins, certification steps, applications, downloads and admin actions, newest first,
// filtered by actor (phone), action (prefix, e.g. "auth." or "product.approve") and Beijing dates. Administrators only.

export interface AuditFilter {
  actorPhone?: string;
  action?: string;
  from?: string; // YYYY-MM-DD, Beijing
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const beijingStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export function parseAuditFilter(sp: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string).trim() : "");
  const phone = one("actor");
  const action = one("action");
  return {
    actorPhone: /^\d{11}$/.test(phone) ? phone : undefined,
    action: /^[a-z_.]{1,60}$/.test(action) ? action : undefined,
    from: DAY.test(one("from")) ? one("from") : undefined,
    to: DAY.test(one("to")) ? one("to") : undefined,
  };
}

// The one filter of the page and its export.
export function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.actorPhone ? { actor: { is: { phone: filter.actorPhone } } } : {}),
    ...(filter.action ? { action: { startsWith: escapeLike(filter.action) } } : {}),
    ...(filter.from || filter.to
      ? {
          createdAt: {
            ...(filter.from ? { gte: beijingStart(filter.from) } : {}),
            ...(filter.to ? { lt: new Date(beijingStart(filter.to).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}

export const AUDIT_ORDER: Prisma.AuditLogOrderByWithRelationInput[] = [{ createdAt: "desc" }, { id: "desc" }];

export const auditRowSelect = {
  id: true, action: true, targetType: true, targetId: true, ip: true, createdAt: true, detail: true,
  actor: { select: { phone: true, name: true, role: true } },
} satisfies Prisma.AuditLogSelect;

type AuditRecord = Prisma.AuditLogGetPayload<{ select: typeof auditRowSelect }>;

// What an administrator sees of a row, on the page and in the export: the actor's phone masked, the detail as JSON
// (callers of audit() already pass masked values), cut to `detailChars`.
export function toAuditRow(r: AuditRecord, detailChars = 300) {
  return { ...r, actor: r.actor ? { ...r.actor, phone: maskPhone(r.actor.phone) } : null, detail: r.detail ? JSON.stringify(r.detail).slice(0, detailChars) : "" };
}

export async function listAudit(actor: Actor, filter: AuditFilter, page: number) {
  if (!isAdmin(actor)) return toPage([], 0, page);
  const where = auditWhere(filter);
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: AUDIT_ORDER, select: auditRowSelect, ...pageWindow(page, 30) }),
    db.auditLog.count({ where }),
  ]);
  return toPage(rows.map((r) => toAuditRow(r)), total, page, 30);
}

// The page's filter as a query string (pagination links, the export link).
export function auditQuery(filter: AuditFilter, page = 1): string {
  const q = new URLSearchParams();
  if (filter.actorPhone) q.set("actor", filter.actorPhone);
  if (filter.action) q.set("action", filter.action);
  if (filter.from) q.set("from", filter.from);
  if (filter.to) q.set("to", filter.to);
  if (page > 1) q.set("page", String(page));
  return q.size ? `?${q}` : "";
}

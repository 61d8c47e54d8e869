import "server-only";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import { InvalidInputError, NotFoundError } from "@/lib/domain/errors";
import { isId } from "@/lib/domain/ids";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskPhone } from "@/lib/mask";

// 审计日志 (管理后台): logins, certification steps, applications, downloads and admin actions, newest first,
// filtered by actor, action (prefix, e.g. "auth." or "product.approve") and Beijing dates. Administrators only.
// The actor travels in URLs as the account's id (`actor=<userId>`, opaque): the 操作人手机号 the admin types is posted
// (findAuditActor in ./actions.ts) and never reaches a query string, a bookmark or the export link.

export interface AuditFilter {
  actorId?: string;
  action?: string;
  from?: string; // YYYY-MM-DD, Beijing
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const beijingStart = (day: string) => new Date(`${day}T00:00:00+08:00`);

export function parseAuditFilter(sp: Record<string, string | string[] | undefined>): AuditFilter {
  const one = (k: string) => (typeof sp[k] === "string" ? (sp[k] as string).trim() : "");
  const actorId = one("actor");
  const action = one("action");
  return {
    // Record ids are never all digits: a phone number from an old bookmark is ignored (never looked up or logged).
    actorId: isId(actorId) && !/^\d+$/.test(actorId) ? actorId : undefined,
    action: /^[a-z_.]{1,60}$/.test(action) ? action : undefined,
    from: DAY.test(one("from")) ? one("from") : undefined,
    to: DAY.test(one("to")) ? one("to") : undefined,
  };
}

// The one filter of the page and its export.
export function auditWhere(filter: AuditFilter): Prisma.AuditLogWhereInput {
  return {
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
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
  if (filter.actorId) q.set("actor", filter.actorId);
  if (filter.action) q.set("action", filter.action);
  if (filter.from) q.set("from", filter.from);
  if (filter.to) q.set("to", filter.to);
  if (page > 1) q.set("page", String(page));
  return q.size ? `?${q}` : "";
}

export const UNKNOWN_ACTOR_PHONE = "未找到使用该手机号的账号，请核对后重新输入";

// 操作人手机号 → the account's id, for the filter. Administrators only (others: not found). An unknown number is
// answered beside the field; the number is never logged or put in a URL.
export async function findAuditActorId(actor: Actor, phone: string): Promise<{ id: string }> {
  if (!isAdmin(actor)) throw new NotFoundError("记录");
  const user = await db.user.findUnique({ where: { phone }, select: { id: true } });
  if (!user) throw new InvalidInputError({ actorPhone: UNKNOWN_ACTOR_PHONE });
  return user;
}

// The selected 操作人 as the page shows it: name and masked phone; null for an id no account has.
export async function auditActorLabel(actor: Actor, actorId: string): Promise<{ name: string | null; phone: string } | null> {
  if (!isAdmin(actor)) return null;
  const user = await db.user.findUnique({ where: { id: actorId }, select: { name: true, phone: true } });
  return user ? { name: user.name, phone: maskPhone(user.phone) } : null;
}

import "server-only";
import { db } from "@/lib/db";
import { escapeLike } from "@/lib/db/like";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isAdmin, type Actor } from "@/lib/domain/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { maskName, maskPhone } from "@/lib/mask";

// 管理后台 reads of 机构管理 and 用户管理. Administrators only (anyone else reads nothing and the pages
// answer not found). Phones and names of users are masked; no password or code is ever selected.

export async function listInstitutions(actor: Actor, opts: { page: number; q?: string }) {
  if (!isAdmin(actor)) return toPage([], 0, opts.page);
  const where: Prisma.InstitutionWhereInput = opts.q ? { name: { contains: escapeLike(opts.q), mode: "insensitive" } } : {};
  const [items, total] = await Promise.all([
    db.institution.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, name: true, type: true, serviceRegions: true, status: true, _count: { select: { staff: true, products: true } } },
      ...pageWindow(opts.page, 20),
    }),
    db.institution.count({ where }),
  ]);
  return toPage(items, total, opts.page, 20);
}

export async function getInstitutionForAdmin(actor: Actor, id: string) {
  if (!isAdmin(actor)) return null;
  const institution = await db.institution.findUnique({ where: { id } });
  if (!institution) return null;
  const staff = await db.user.findMany({
    where: { institutionId: id, role: "STAFF" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, phone: true, name: true, staffRole: true, status: true, mustChangePassword: true, lastLoginAt: true, disabledReason: true },
  });
  return { institution, staff: staff.map((s) => ({ ...s, phone: maskPhone(s.phone) })) };
}

export function institutionFormValues(i: NonNullable<Awaited<ReturnType<typeof getInstitutionForAdmin>>>["institution"]): Record<string, string | string[]> {
  return {
    name: i.name,
    type: i.type,
    serviceRegions: i.serviceRegions,
    contactPhone: i.contactPhone ?? "",
    logoText: i.logoText ?? "",
    logoId: i.logoFileId ?? "",
    address: i.address ?? "",
    description: i.description ?? "",
  };
}

// 用户管理: search by phone (digits) or name; results masked. Administrators are not listed.
export async function searchUsers(actor: Actor, opts: { q?: string; page: number }) {
  if (!isAdmin(actor)) return toPage([], 0, opts.page);
  const q = opts.q?.trim();
  const where: Prisma.UserWhereInput = {
    role: { not: "ADMIN" },
    ...(q ? (/^\d{3,11}$/.test(q) ? { phone: { contains: escapeLike(q) } } : { name: { contains: escapeLike(q), mode: "insensitive" } }) : {}),
  };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      select: { id: true, phone: true, name: true, role: true, status: true, disabledReason: true, createdAt: true, institution: { select: { name: true } } },
      ...pageWindow(opts.page, 20),
    }),
    db.user.count({ where }),
  ]);
  return toPage(
    rows.map((r) => ({ ...r, phone: maskPhone(r.phone), name: r.name ? maskName(r.name) : null })),
    total,
    opts.page,
    20,
  );
}

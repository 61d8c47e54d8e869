import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isStaff, type Actor } from "@/lib/domain/actor";
import { NotFoundError } from "@/lib/domain/errors";

const consultationSelect = {
  id: true,
  question: true,
  answer: true,
  answeredAt: true,
  createdAt: true,
  product: { select: { id: true, name: true } },
  institution: { select: { name: true } },
} as const;

// 我的咨询: questions the user asked and the answers.
export async function listMyConsultations(actor: Actor, page: number) {
  const where = { userId: actor.id };
  const [items, total] = await Promise.all([
    db.consultation.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: consultationSelect, ...pageWindow(page) }),
    db.consultation.count({ where }),
  ]);
  return toPage(items, total, page);
}

export function getMyConsultation(actor: Actor, id: string) {
  return db.consultation.findFirst({ where: { id, userId: actor.id }, select: consultationSelect });
}

// The console: questions sent to the staff member's institution, unanswered first.
export async function listOrgConsultations(actor: Actor, opts: { answered?: boolean; page: number }) {
  if (!isStaff(actor)) throw new NotFoundError("咨询");
  const where = {
    institutionId: actor.institutionId,
    ...(opts.answered === undefined ? {} : { answeredAt: opts.answered ? { not: null } : null }),
  };
  const [items, total] = await Promise.all([
    db.consultation.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { ...consultationSelect, user: { select: { name: true, role: true } } },
      ...pageWindow(opts.page),
    }),
    db.consultation.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

export function getOrgConsultation(actor: Actor, id: string) {
  if (!isStaff(actor)) return Promise.resolve(null);
  return db.consultation.findFirst({
    where: { id, institutionId: actor.institutionId },
    select: { ...consultationSelect, user: { select: { name: true, role: true } } },
  });
}

import "server-only";
import { db } from "@/lib/db";
import { pageWindow, toPage } from "@/lib/db/paginate";
import { isAdmin, isStaff, type Actor } from "@/lib/domain/actor";
import type { EquityProjectStatus, MeetingStatus } from "@/lib/generated/prisma/enums";

// Personal reads of 股权融资, always scoped by the actor: another user's record is null (→ 404).

const meetingSelect = {
  id: true, status: true, contactName: true, contactPhone: true, subject: true, reply: true, meetingAt: true, meetingPlace: true,
  createdAt: true, updatedAt: true,
  project: { select: { id: true, name: true, enterpriseName: true, amount: true } },
  institution: { select: { id: true, name: true } },
  requesterInstitution: { select: { name: true } },
} as const;

// 我的约谈: the requests the user sent.
export async function listMyMeetings(actor: Actor, page: number) {
  const where = { requesterId: actor.id };
  const [items, total] = await Promise.all([
    db.meetingRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: meetingSelect, ...pageWindow(page) }),
    db.meetingRequest.count({ where }),
  ]);
  return toPage(items, total, page);
}

// 约谈管理 (机构工作台): requests addressed to the fund, and those its staff sent to projects.
export async function listOrgMeetings(actor: Actor, opts: { side: "received" | "sent"; status?: MeetingStatus; page: number }) {
  if (!isStaff(actor)) return toPage([], 0, 1);
  const where = {
    ...(opts.side === "received" ? { institutionId: actor.institutionId } : { requesterInstitutionId: actor.institutionId }),
    ...(opts.status ? { status: opts.status } : {}),
  };
  const [items, total] = await Promise.all([
    db.meetingRequest.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: meetingSelect, ...pageWindow(opts.page) }),
    db.meetingRequest.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

export function getOrgMeeting(actor: Actor, id: string) {
  if (!isStaff(actor)) return Promise.resolve(null);
  return db.meetingRequest.findFirst({
    where: { id, OR: [{ institutionId: actor.institutionId }, { requesterInstitutionId: actor.institutionId }] },
    select: { ...meetingSelect, institutionId: true, project: { select: { id: true, name: true, enterpriseName: true, amount: true, businessPlanFileId: true } } },
  });
}

export function countOrgPendingMeetings(actor: Actor) {
  if (!isStaff(actor)) return Promise.resolve(0);
  return db.meetingRequest.count({ where: { institutionId: actor.institutionId, status: "PENDING" } });
}

// 我的股权融资.
export async function listMyProjects(actor: Actor, page: number) {
  const where = { ownerId: actor.id };
  const [items, total] = await Promise.all([
    db.equityProject.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, name: true, amount: true, status: true, reviewComment: true, createdAt: true, _count: { select: { meetingRequests: true } } },
      ...pageWindow(page),
    }),
    db.equityProject.count({ where }),
  ]);
  return toPage(items, total, page);
}

const projectDetailSelect = {
  id: true, ownerId: true, name: true, amount: true, industry: true, introduction: true, financingNeeds: true, coreStrengths: true,
  contactName: true, contactPhone: true, enterpriseName: true, uscc: true, status: true, reviewComment: true, reviewedAt: true,
  publishedAt: true, createdAt: true, businessPlanFileId: true, imageFileId: true,
  businessPlan: { select: { originalName: true, size: true } },
  events: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, comment: true, createdAt: true, actor: { select: { role: true } } } },
} as const;

export function getMyProject(actor: Actor, id: string) {
  return db.equityProject.findFirst({
    where: { id, ownerId: actor.id },
    select: {
      ...projectDetailSelect,
      meetingRequests: { orderBy: { createdAt: "desc" }, take: 50, select: { ...meetingSelect, requester: { select: { role: true } } } },
      planViews: { orderBy: { createdAt: "desc" }, take: 50, select: { id: true, createdAt: true, institution: { select: { name: true } } } },
    },
  });
}

// 股权项目审核 (管理后台).
export async function listAdminProjects(actor: Actor, opts: { status?: EquityProjectStatus; page: number }) {
  if (!isAdmin(actor)) return toPage([], 0, 1);
  const where = opts.status ? { status: opts.status } : {};
  const [items, total] = await Promise.all([
    db.equityProject.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true, name: true, amount: true, enterpriseName: true, status: true, createdAt: true },
      ...pageWindow(opts.page),
    }),
    db.equityProject.count({ where }),
  ]);
  return toPage(items, total, opts.page);
}

export function getAdminProject(actor: Actor, id: string) {
  if (!isAdmin(actor)) return Promise.resolve(null);
  return db.equityProject.findFirst({ where: { id }, select: projectDetailSelect });
}

// 项目计划书 link for a published project: shown only to whom GET /files/<id> answers (docs/equity.md).
export async function planLinkFor(actor: Actor | null, projectId: string): Promise<string | null> {
  if (!actor) return null;
  const project = await db.equityProject.findFirst({ where: { id: projectId, status: "PUBLISHED" }, select: { ownerId: true, businessPlanFileId: true } });
  if (!project?.businessPlanFileId) return null;
  if (project.ownerId === actor.id || isAdmin(actor)) return `/files/${project.businessPlanFileId}`;
  if (!isStaff(actor)) return null;
  const inst = await db.institution.findUnique({ where: { id: actor.institutionId }, select: { type: true } });
  return inst?.type === "FUND" ? `/files/${project.businessPlanFileId}` : null;
}

export async function meetingDefaults(actor: Actor): Promise<Record<string, string>> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { name: true, phone: true } });
  return { contactName: user?.name ?? "", contactPhone: user?.phone ?? "" };
}

export async function projectDefaults(actor: Actor): Promise<Record<string, string>> {
  const user = await db.user.findUnique({ where: { id: actor.id }, select: { name: true, phone: true, enterprise: { select: { name: true, uscc: true } } } });
  return { contactName: user?.name ?? "", contactPhone: user?.phone ?? "", enterpriseName: user?.enterprise?.name ?? "", uscc: user?.enterprise?.uscc ?? "" };
}

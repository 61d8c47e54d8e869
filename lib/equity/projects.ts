import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { notify } from "@/lib/messages/notify";
import { deleteUnusedFiles } from "@/lib/uploads/commands";
import { formUpload } from "@/lib/uploads/form";
import { myProjectHref, equityProjectHref } from "./labels";
import type { ProjectInput, ReviewInput } from "./schema";

// 发布股权融资 (manual 2.8): an enterprise publishes a project, it waits for the 金融办's review
// (待审核), is 已发布 or 未通过 (the publisher edits and resubmits), and may be 下架. Every step is an
// EquityProjectEvent and a message to the publisher.

export const NOT_ENTERPRISE = "仅企业用户可以发布股权融资项目，请使用企业账号登录";

async function storeFiles(actor: Actor, input: ProjectInput, meta?: RequestMeta) {
  // The plan first: a refused plan stores no image.
  const plan = await formUpload(actor, "business-plan", input, { field: "businessPlan", meta });
  const image = await formUpload(actor, "image", input, { field: "image", meta });
  return { ...(plan ? { businessPlanFileId: plan.id } : {}), ...(image ? { imageFileId: image.id } : {}) };
}

function fieldsOf(input: ProjectInput) {
  return {
    name: input.name,
    amount: input.amount,
    industry: input.industry,
    introduction: input.introduction,
    financingNeeds: input.financingNeeds,
    coreStrengths: input.coreStrengths,
    contactName: input.contactName,
    contactPhone: input.contactPhone,
    enterpriseName: input.enterpriseName,
    uscc: input.uscc,
  };
}

export async function publishProject(actor: Actor, input: ProjectInput, meta?: RequestMeta): Promise<{ id: string }> {
  if (actor.role !== "ENTERPRISE") throw new ForbiddenError(NOT_ENTERPRISE);
  const files = await storeFiles(actor, input, meta);
  return db.$transaction(async (tx) => {
    const project = await tx.equityProject.create({
      data: { ownerId: actor.id, ...fieldsOf(input), ...files, status: "PENDING_REVIEW" },
      select: { id: true, name: true },
    });
    await tx.equityProjectEvent.create({ data: { projectId: project.id, kind: "SUBMITTED", actorId: actor.id } });
    await notify({ userId: actor.id, title: "股权融资项目已提交", body: `您的项目「${project.name}」已提交，金融办审核通过后将在股权融资页面发布。`, link: myProjectHref(project.id) }, tx);
    await audit({ action: "equity.project.submit", actorId: actor.id, targetType: "EquityProject", targetId: project.id, meta }, tx);
    return { id: project.id };
  });
}

// 修改后重新提交: only a project that did not pass (未通过) is edited, and it goes back to 待审核.
// A file not chosen again keeps the one already attached.
export async function resubmitProject(actor: Actor, projectId: string, input: ProjectInput, meta?: RequestMeta): Promise<{ id: string }> {
  const project = await db.equityProject.findFirst({ where: { id: projectId, ownerId: actor.id }, select: { id: true, status: true, imageFileId: true } });
  if (!project) throw new NotFoundError("项目");
  if (project.status !== "REJECTED") throw new RefusedError("只有审核未通过的项目可以修改后重新提交");
  const files = await storeFiles(actor, input, meta);
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.equityProject.updateMany({
      where: { id: project.id, ownerId: actor.id, status: "REJECTED" },
      data: { ...fieldsOf(input), ...files, status: "PENDING_REVIEW", reviewComment: null },
    });
    if (count !== 1) throw new RefusedError("项目状态已变化，请刷新页面后再试");
    await tx.equityProjectEvent.create({ data: { projectId: project.id, kind: "RESUBMITTED", actorId: actor.id } });
    await notify({ userId: actor.id, title: "股权融资项目已重新提交", body: `您的项目「${input.name}」已重新提交审核。`, link: myProjectHref(project.id) }, tx);
    await audit({ action: "equity.project.resubmit", actorId: actor.id, targetType: "EquityProject", targetId: project.id, meta }, tx);
    return { id: project.id };
  });
  // A 形象展示 chosen again replaces the public image: the old one is deleted once no record uses it (after the
  // commit). A replaced 项目计划书 stays (private; the review it went through may be looked back on).
  if (files.imageFileId && project.imageFileId !== files.imageFileId) await deleteUnusedFiles(actor, [project.imageFileId], meta);
  return saved;
}

const REVIEW = {
  approve: { from: ["PENDING_REVIEW"], to: "PUBLISHED", kind: "APPROVED", title: "股权融资项目审核通过", verb: "已审核通过并发布" },
  reject: { from: ["PENDING_REVIEW"], to: "REJECTED", kind: "REJECTED", title: "股权融资项目审核未通过", verb: "审核未通过" },
  archive: { from: ["PUBLISHED"], to: "ARCHIVED", kind: "ARCHIVED", title: "股权融资项目已下架", verb: "已被金融办下架" },
} as const;

// 股权项目审核 in 管理后台: 通过, 不通过 (with the reason) and 下架 (with the reason).
export async function reviewProject(actor: Actor, projectId: string, input: ReviewInput, now: Date, meta?: RequestMeta): Promise<{ id: string }> {
  if (actor.role !== "ADMIN") throw new NotFoundError("项目");
  const rule = REVIEW[input.decision];
  const project = await db.equityProject.findUnique({ where: { id: projectId }, select: { id: true, name: true, ownerId: true, status: true } });
  if (!project) throw new NotFoundError("项目");
  const comment = input.comment || null;
  return db.$transaction(async (tx) => {
    const { count } = await tx.equityProject.updateMany({
      where: { id: project.id, status: { in: [...rule.from] } },
      data: {
        status: rule.to,
        ...(input.decision === "archive" ? {} : { reviewComment: comment, reviewedById: actor.id, reviewedAt: now }),
        ...(input.decision === "approve" ? { publishedAt: now } : {}),
      },
    });
    if (count !== 1) throw new RefusedError("项目状态已变化，请刷新页面后再试");
    await tx.equityProjectEvent.create({ data: { projectId: project.id, kind: rule.kind, actorId: actor.id, comment } });
    const reason = comment ? `意见：${comment}` : "";
    const next = input.decision === "reject" ? "请修改后重新提交。" : input.decision === "approve" ? `查看：${equityProjectHref(project.id)}` : "";
    await notify({ userId: project.ownerId, title: rule.title, body: `您的项目「${project.name}」${rule.verb}。${reason}${next}`, link: myProjectHref(project.id) }, tx);
    await audit({ action: `equity.project.${input.decision}`, actorId: actor.id, targetType: "EquityProject", targetId: project.id, meta, detail: { comment } }, tx);
    return { id: project.id };
  });
}

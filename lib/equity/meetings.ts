import { db } from "@/lib/db";
import { isApplicant, isStaff, type Actor, type RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { ForbiddenError, NotFoundError, RefusedError } from "@/lib/domain/errors";
import { limitPerUser } from "@/lib/domain/limits";
import { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/messages/notify";
import { formatDateTime } from "@/lib/format";
import type { MeetingInput } from "./schema";

// 我要约谈 (manual 2.6): a user asks a published project's team or an investment institution for a
// meeting; the fund's staff (or the project's publisher) answer 接受 / 婉拒 and later mark it 已完成.
// One open request (待回复 or 已接受) per user per target, kept by the unique `openKey`.

export type MeetingTarget = { kind: "project" | "fund"; id: string };

export const ALREADY_OPEN = "您已发起过约谈，对方回复前请勿重复提交，可在“我的约谈”中查看";

const openKeyOf = (actorId: string, target: MeetingTarget) => `${actorId}:${target.kind}:${target.id}`;

export async function requestMeeting(actor: Actor, target: MeetingTarget, input: MeetingInput, meta?: RequestMeta): Promise<{ id: string }> {
  const fundStaff = isStaff(actor) ? await db.institution.findUnique({ where: { id: actor.institutionId }, select: { type: true } }) : null;
  const asFund = fundStaff?.type === "FUND" ? actor.institutionId : null;
  if (target.kind === "fund" && isStaff(actor) && actor.institutionId === target.id) throw new RefusedError("不能向本机构发起约谈");
  // Applicants ask anyone; a fund's staff ask projects on behalf of their fund.
  if (!isApplicant(actor) && !(asFund && target.kind === "project")) throw new ForbiddenError("请使用企业或个人用户账号发起约谈");
  await limitPerUser("user-meeting", actor);

  let notifyIds: string[];
  let title: string;
  if (target.kind === "project") {
    const project = await db.equityProject.findFirst({ where: { id: target.id, status: "PUBLISHED" }, select: { id: true, name: true, ownerId: true } });
    if (!project) throw new NotFoundError("项目");
    if (project.ownerId === actor.id) throw new RefusedError("不能约谈自己发布的项目");
    notifyIds = [project.ownerId];
    title = `股权项目「${project.name}」`;
  } else {
    const fund = await db.institution.findFirst({
      where: { id: target.id, type: "FUND", status: "PUBLISHED" },
      select: { id: true, name: true, staff: { where: { role: "STAFF", status: "ACTIVE" }, select: { id: true } } },
    });
    if (!fund) throw new NotFoundError("投资机构");
    notifyIds = fund.staff.map((s) => s.id);
    title = `投资机构「${fund.name}」`;
  }

  try {
    return await db.$transaction(async (tx) => {
      const meeting = await tx.meetingRequest.create({
        data: {
          requesterId: actor.id,
          requesterInstitutionId: target.kind === "project" ? asFund : null,
          projectId: target.kind === "project" ? target.id : null,
          institutionId: target.kind === "fund" ? target.id : null,
          contactName: input.contactName,
          contactPhone: input.contactPhone,
          subject: input.subject,
          openKey: openKeyOf(actor.id, target),
        },
        select: { id: true },
      });
      await notify(
        [
          { userId: actor.id, title: "约谈申请已提交", body: `您向${title}发起的约谈已提交，对方回复后将通过消息中心通知您。`, link: "/me/meetings" },
          ...notifyIds.map((userId) => ({
            userId,
            title: "收到新的约谈申请",
            body: `${input.contactName}向${title}发起了约谈${input.subject ? `，约谈事项：${input.subject}` : ""}。`,
            link: target.kind === "fund" ? `/org/meetings/${meeting.id}` : `/me/equity/${target.id}`,
          })),
        ],
        tx,
      );
      await audit({ action: "equity.meeting.request", actorId: actor.id, targetType: "MeetingRequest", targetId: meeting.id, meta, detail: { target: target.kind } }, tx);
      return meeting;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RefusedError(ALREADY_OPEN);
    throw error;
  }
}

export type MeetingDecision =
  | { step: "accept"; meetingAt: Date; meetingPlace: string; reply: string | null }
  | { step: "decline"; reply: string }
  | { step: "complete"; reply: string | null };

// Who answers: the staff of the fund that was asked, or the publisher of the project that was asked.
// Anyone else is told the request does not exist.
export async function findHandledMeeting(actor: Actor, meetingId: string) {
  const where = isStaff(actor)
    ? { id: meetingId, institutionId: actor.institutionId }
    : isApplicant(actor)
      ? { id: meetingId, project: { ownerId: actor.id } }
      : null;
  if (!where) return null;
  return db.meetingRequest.findFirst({
    where,
    select: { id: true, status: true, requesterId: true, projectId: true, project: { select: { name: true } }, institution: { select: { name: true } } },
  });
}

export async function decideMeeting(actor: Actor, meetingId: string, decision: MeetingDecision, meta?: RequestMeta): Promise<{ id: string; href: string }> {
  const meeting = await findHandledMeeting(actor, meetingId);
  if (!meeting) throw new NotFoundError("约谈");
  const from = decision.step === "complete" ? "ACCEPTED" : "PENDING";
  const to = decision.step === "accept" ? "ACCEPTED" : decision.step === "decline" ? "DECLINED" : "DONE";
  const party = meeting.project ? `股权项目「${meeting.project.name}」` : `投资机构「${meeting.institution?.name}」`;
  return db.$transaction(async (tx) => {
    const { count } = await tx.meetingRequest.updateMany({
      where: { id: meeting.id, status: from },
      data: {
        status: to,
        handledById: actor.id,
        ...(decision.reply !== null ? { reply: decision.reply } : {}),
        ...(decision.step === "accept" ? { meetingAt: decision.meetingAt, meetingPlace: decision.meetingPlace } : { openKey: null }),
      },
    });
    if (count !== 1) throw new RefusedError("该约谈的状态已变化，请刷新页面后再试");
    const body =
      decision.step === "accept"
        ? `${party}已接受您的约谈，约谈时间：${formatDateTime(decision.meetingAt)}，地点：${decision.meetingPlace}。${decision.reply ?? ""}`
        : decision.step === "decline"
          ? `${party}婉拒了您的约谈，原因：${decision.reply}`
          : `您与${party}的约谈已标记为已完成。${decision.reply ?? ""}`;
    const title = decision.step === "accept" ? "约谈已接受" : decision.step === "decline" ? "约谈已婉拒" : "约谈已完成";
    await notify({ userId: meeting.requesterId, title, body, link: "/me/meetings" }, tx);
    await audit({ action: `equity.meeting.${decision.step}`, actorId: actor.id, targetType: "MeetingRequest", targetId: meeting.id, meta }, tx);
    const href = isStaff(actor) ? `/org/meetings/${meeting.id}` : `/me/equity/${meeting.projectId}`;
    return { id: meeting.id, href };
  });
}

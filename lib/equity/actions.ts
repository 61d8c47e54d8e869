"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { CACHE_TAGS, equityProjectTag } from "@/lib/cache/tags";
import { idSchema } from "@/lib/domain/ids";
import { myProjectHref } from "./labels";
import { decideMeeting, requestMeeting } from "./meetings";
import { publishProject, resubmitProject, reviewProject } from "./projects";
import { acceptSchema, completeSchema, declineSchema, meetingSchema, projectSchema, reviewSchema } from "./schema";

// The server actions of 股权融资: 发布 / 重新提交 (enterprises), 审核 (管理员), 我要约谈 and its answers.

export const submitProject = action({
  roles: ["ENTERPRISE"],
  input: projectSchema,
  run: ({ actor, meta }, input) => publishProject(actor, input, meta),
  refresh: true,
  redirect: (data) => `${myProjectHref(data.id)}?done=submitted`,
});

export const resubmitMyProject = action({
  roles: ["ENTERPRISE"],
  bound: z.tuple([idSchema]),
  input: projectSchema,
  run: ({ actor, meta }, input, [projectId]) => resubmitProject(actor, projectId, input, meta),
  refresh: true,
  redirect: (data) => `${myProjectHref(data.id)}?done=resubmitted`,
});

export const reviewEquityProject = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: reviewSchema,
  run: ({ actor, meta, now }, input, [projectId]) => reviewProject(actor, projectId, input, now, meta),
  revalidate: (data) => [CACHE_TAGS.equityProjects, equityProjectTag(data.id)],
  redirect: (data, input) => `/admin/equity/${data.id}?done=${input.decision}`,
});

const targetSchema = z.tuple([z.enum(["project", "fund"]), idSchema]);

export const askForMeeting = action({
  bound: targetSchema,
  input: meetingSchema,
  run: ({ actor, meta }, input, [kind, id]) => requestMeeting(actor, { kind, id }, input, meta),
  refresh: true,
  redirect: () => "/me/meetings?done=requested",
});


export const acceptMeeting = action({
  roles: ["STAFF", "ENTERPRISE", "PERSONAL"],
  bound: z.tuple([idSchema]),
  input: acceptSchema,
  run: ({ actor, meta }, input, [id]) => decideMeeting(actor, id, { step: "accept", ...input }, meta),
  message: "已接受约谈，已通知对方",
  redirect: (data) => `${data.href}?done=accepted`,
});

export const declineMeeting = action({
  roles: ["STAFF", "ENTERPRISE", "PERSONAL"],
  bound: z.tuple([idSchema]),
  input: declineSchema,
  run: ({ actor, meta }, input, [id]) => decideMeeting(actor, id, { step: "decline", reply: input.reply }, meta),
  message: "已婉拒约谈，已通知对方",
  redirect: (data) => `${data.href}?done=declined`,
});

export const completeMeeting = action({
  roles: ["STAFF", "ENTERPRISE", "PERSONAL"],
  bound: z.tuple([idSchema]),
  input: completeSchema,
  run: ({ actor, meta }, input, [id]) => decideMeeting(actor, id, { step: "complete", reply: input.reply }, meta),
  message: "约谈已标记为已完成，已通知对方",
  redirect: (data) => `${data.href}?done=completed`,
});

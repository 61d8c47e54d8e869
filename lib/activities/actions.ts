"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { activityTag, CACHE_TAGS } from "@/lib/cache/tags";
import { isApplicant } from "@/lib/domain/actor";
import { RefusedError } from "@/lib/domain/errors";
import { idSchema } from "@/lib/domain/ids";
import { createActivity, setActivityPublished, updateActivity } from "./manage";
import { cancelActivity, cancelRegistrationByOrganizer } from "./organizer";
import { cancelMyRegistration, registerForActivity } from "./register";
import { activitySchema, cancelActivitySchema, cancelRegistrationSchema, confirmSchema, registrationSchema } from "./schema";
import { REFUSALS } from "./status";

// 金融活动's server actions, each made with the one builder (lib/actions/builder.ts). A change to an
// activity's places or fields expires the public list and that activity's page.
const tagsOf = (activityId: string) => [CACHE_TAGS.activities, activityTag(activityId)];

// 我要报名: any signed-in account reaches it; staff and admin are told before any field that they cannot register.
export const submitRegistration = action({
  bound: z.tuple([idSchema]),
  input: ({ context }) => {
    if (!isApplicant(context.actor)) throw new RefusedError(REFUSALS.ACCOUNT);
    return registrationSchema;
  },
  run: ({ actor, meta, now }, input, [activityId]) => registerForActivity(actor, activityId, input, meta, now),
  revalidate: (done) => tagsOf(done.activityId),
  refresh: true, // the header's 消息中心 count
  redirect: () => "/me/activities?done=registered",
});

export const withdrawRegistration = action({
  bound: z.tuple([idSchema]),
  input: confirmSchema,
  run: ({ actor, meta, now }, _input, [registrationId]) => cancelMyRegistration(actor, registrationId, meta, now),
  revalidate: (done) => tagsOf(done.activityId),
  redirect: () => "/me/activities?done=cancelled",
});

// 管理后台 (ADMIN only; the commands check again).
export const addActivity = action({
  roles: ["ADMIN"],
  input: activitySchema,
  run: ({ actor, meta }, input) => createActivity(actor, input, meta),
  // A draft is on no public page: nothing cached changes.
  redirect: (created) => `/admin/activities/${created.id}?done=created`,
});

export const editActivity = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: activitySchema,
  run: ({ actor, meta }, input, [activityId]) => updateActivity(actor, activityId, input, meta),
  revalidate: (done) => tagsOf(done.id),
  redirect: (done) => `/admin/activities/${done.id}?done=updated`,
});

export const changePublication = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema, z.enum(["publish", "unpublish"])]),
  run: ({ actor, meta, now }, _input, [activityId, change]) => setActivityPublished(actor, activityId, change === "publish", meta, now),
  revalidate: (done) => tagsOf(done.id),
  redirect: (done, _input, [, change]) => `/admin/activities/${done.id}?done=${change === "publish" ? "published" : "unpublished"}`,
});

export const callOffActivity = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: cancelActivitySchema,
  run: ({ actor, meta, now }, { reason }, [activityId]) => cancelActivity(actor, activityId, reason, meta, now),
  revalidate: (done) => tagsOf(done.id),
  redirect: (done) => `/admin/activities/${done.id}?done=cancelled`,
});

export const cancelRegistrant = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: cancelRegistrationSchema,
  run: ({ actor, meta, now }, { reason }, [registrationId]) => cancelRegistrationByOrganizer(actor, registrationId, reason, meta, now),
  revalidate: (done) => tagsOf(done.activityId),
  redirect: (done) => `/admin/activities/${done.activityId}?done=registration-cancelled#registrants`,
});

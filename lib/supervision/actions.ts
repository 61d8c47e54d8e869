"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { idSchema } from "@/lib/domain/ids";
import { createStaff, resetStaffPassword, setAccountDisabled } from "./accounts";
import { auditQuery, findAuditActorId, parseAuditFilter } from "./audit-queries";
import { createInstitution, setInstitutionPublished, updateInstitution } from "./institutions";
import { auditActorSchema, disableSchema, enableSchema, institutionSchema, publishInstitutionSchema, resetStaffSchema, staffSchema, unpublishInstitutionSchema } from "./schema";

// 管理后台 → 机构管理 / 用户管理 (ADMIN only; the commands check again). An institution's change expires
// the public institution and product listings and pages (they read its name and its status).
const CATALOGUE = [CACHE_TAGS.institutions, CACHE_TAGS.products];

export const addInstitution = action({
  roles: ["ADMIN"],
  input: institutionSchema,
  run: ({ actor, meta }, input) => createInstitution(actor, input, meta),
  // Created unpublished: on no public page yet.
  redirect: (created) => `/admin/institutions/${created.id}?done=created`,
});

export const editInstitution = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: institutionSchema,
  run: ({ actor, meta }, input, [id]) => updateInstitution(actor, id, input, meta),
  revalidate: () => CATALOGUE,
  redirect: (done) => `/admin/institutions/${done.id}?done=updated`,
});

export const changeInstitutionPublication = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema, z.enum(["publish", "unpublish"])]),
  // 下架 asks for the ticked confirmation; 发布 is undone by 下架 and needs none.
  input: ({ bound: [, change] }) => (change === "unpublish" ? unpublishInstitutionSchema : publishInstitutionSchema),
  run: ({ actor, meta }, _input, [id, change]) => setInstitutionPublished(actor, id, change === "publish", meta),
  revalidate: () => CATALOGUE,
  redirect: (done, _input, [, change]) => `/admin/institutions/${done.id}?done=${change === "publish" ? "published" : "unpublished"}`,
});

export const addStaff = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: staffSchema,
  run: ({ actor, meta }, input, [institutionId]) => createStaff(actor, institutionId, input, meta),
  redirect: (done) => `/admin/institutions/${done.institutionId}?done=staff-created#staff`,
});

export const resetStaff = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: resetStaffSchema,
  run: ({ actor, meta, now }, _input, [userId]) => resetStaffPassword(actor, userId, meta, now),
  redirect: (done) => `/admin/institutions/${done.institutionId}?done=staff-reset#staff`,
});

// 停用 / 启用 an account (from 用户管理 or an institution's staff list); back to where it was pressed.
const backTo = (done: { institutionId: string | null; role: string }, what: string) =>
  done.role === "STAFF" && done.institutionId ? `/admin/institutions/${done.institutionId}?done=${what}#staff` : `/admin/users?done=${what}`;

export const disableAccount = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: disableSchema,
  run: ({ actor, meta, now }, { reason }, [userId]) => setAccountDisabled(actor, userId, true, reason, meta, now),
  message: "账号已停用",
  redirect: (done) => backTo(done, "disabled"),
});

export const enableAccount = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: enableSchema,
  run: ({ actor, meta, now }, { reason }, [userId]) => setAccountDisabled(actor, userId, false, reason, meta, now),
  message: "账号已启用",
  redirect: (done) => backTo(done, "enabled"),
});

// 审计日志 → 操作人手机号: the number is posted and answered with the list filtered by the account's id
// (`actor=<userId>`), the other filters kept; an unknown number is answered beside the field, as typed.
export const findAuditActor = action({
  roles: ["ADMIN"],
  input: auditActorSchema,
  run: ({ actor }, input) => findAuditActorId(actor, input.actorPhone),
  redirect: (found, { action, from, to }) => `/admin/audit${auditQuery({ ...parseAuditFilter({ action, from, to }), actorId: found.id })}`,
});

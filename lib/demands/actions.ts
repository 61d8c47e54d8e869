"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { CACHE_TAGS } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { idSchema } from "@/lib/domain/ids";
import { NotFoundError, RefusedError } from "@/lib/domain/errors";
import { readdressDemand } from "./admin";
import { checkDemand, checkDemandPublisher, createDemand, criteriaOf, updateDemand, withdrawDemand } from "./create";
import { markOverdueDemands } from "./deadline-job";
import { adminDemandHref, demandHref, orgDemandHref } from "./labels";
import { findMatchingProducts, type MatchedProduct } from "./match-query";
import { declineDemand, reportMatched, takeDemand } from "./org";
import { declineSchema, demandSchemaFor, formValuesOf, matchedSchema, readdressSchema, withdrawSchema } from "./schema";

// The server actions of 融资需求: 发布 (with the matching step), 修改, 撤回 (owners), 接单, 对接成功,
// 无法满足 (staff), 重新指派 and 超时提醒 (admin). Each is made with the one builder.

export type PublishResult =
  | { stage: "preview"; matches: MatchedProduct[]; values: Record<string, string | string[]> }
  | { stage: "edit"; values: Record<string, string | string[]> }
  | { stage: "created"; id: string; number: string };

const kindSchema = z.tuple([z.enum(["normal", "first-loan"])]);
// 对接成功 counts in the institutions' 对接成功笔数 (recomputed in the background).
const FIGURES = [{ tag: CACHE_TAGS.demands, background: true as const }];

// 提交 first answers with the matched products (preview); 继续提交需求 stores the demand (submit);
// 返回修改 gives the form back with everything typed (edit).
export const publishDemand = action({
  bound: kindSchema,
  input: async ({ context, bound: [kind] }) => {
    const blocked = await checkDemandPublisher(context.actor, kind === "first-loan");
    if (blocked) throw new RefusedError(blocked);
    return demandSchemaFor({ role: context.actor.role, firstLoan: kind === "first-loan" });
  },
  run: async ({ actor, meta, now }, input): Promise<PublishResult> => {
    if (input.step === "edit") return { stage: "edit", values: formValuesOf(input) };
    if (input.step === "preview") {
      await checkDemand(actor, input);
      return { stage: "preview", matches: await findMatchingProducts(criteriaOf(input)), values: formValuesOf(input) };
    }
    const created = await createDemand(actor, input, now, meta);
    return { stage: "created", ...created };
  },
  refresh: true, // the header's 消息中心 count
  redirect: (data) => (data.stage === "created" ? `${demandHref(data.id)}?done=created` : null),
});

export const editDemand = action({
  bound: z.tuple([idSchema]),
  input: async ({ context, bound: [demandId] }) => {
    const demand = await db.financingDemand.findFirst({ where: { id: demandId, userId: context.actor.id }, select: { isFirstLoan: true } });
    if (!demand) throw new NotFoundError("需求");
    return demandSchemaFor({ role: context.actor.role, firstLoan: demand.isFirstLoan });
  },
  run: ({ actor, meta }, input, [demandId]) => updateDemand(actor, demandId, input, meta),
  refresh: true,
  redirect: (data) => `${demandHref(data.id)}?done=edited`,
});

export const withdrawMyDemand = action({
  bound: z.tuple([idSchema]),
  input: withdrawSchema,
  run: ({ actor, meta }, _input, [demandId]) => withdrawDemand(actor, demandId, meta),
  refresh: true,
  redirect: (data) => `${demandHref(data.id)}?done=withdrawn`,
});

export const takeUpDemand = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  run: ({ actor, meta, now }, _input, [demandId]) => takeDemand(actor, demandId, now, meta),
  redirect: (data) => `${orgDemandHref(data.id)}?done=taken`,
});

export const reportDemandMatched = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  input: matchedSchema,
  run: ({ actor, meta }, input, [demandId]) => reportMatched(actor, demandId, input, meta),
  revalidate: () => FIGURES,
  redirect: (data) => `${orgDemandHref(data.id)}?done=matched`,
});

export const declineOrgDemand = action({
  roles: ["STAFF"],
  bound: z.tuple([idSchema]),
  input: declineSchema,
  run: ({ actor, meta, now }, input, [demandId]) => declineDemand(actor, demandId, input, now, meta),
  // After 无法满足 the demand is no longer this institution's: back to the list.
  redirect: () => "/org/demands?done=declined",
});

export const readdressOverdueDemand = action({
  roles: ["ADMIN"],
  bound: z.tuple([idSchema]),
  input: readdressSchema,
  run: ({ actor, meta, now }, input, [demandId]) => readdressDemand(actor, demandId, input.institutions, now, meta),
  redirect: (data) => `${adminDemandHref(data.id)}?done=readdressed`,
});

export const remindOverdueDemands = action({
  roles: ["ADMIN"],
  run: ({ now }) => markOverdueDemands(now),
  message: (r) => (r.marked ? `已标记${r.marked}条超时需求，发送提醒${r.reminders}条` : "没有新的超时需求"),
  refresh: true,
});

"use server";

import { action } from "@/lib/actions/builder";
import { cancelAccountClosure, requestAccountClosure } from "./close-account";
import { withdrawAuthorization } from "./consent";
import { closeAccountSchema } from "./schema";

// 个人中心 → 账号信息: 注销账号, 撤销注销, 撤回授权 (docs/privacy.md). 下载我的数据 is a route handler
// (app/(me)/me/account/data/route.ts): its answer is a file.

export const closeAccountAction = action({
  roles: ["PERSONAL", "ENTERPRISE"],
  input: closeAccountSchema,
  run: ({ actor, meta, now }, input) => requestAccountClosure(actor, input, meta, now),
  message: "注销申请已提交",
  redirect: () => "/me/account",
});

export const cancelClosureAction = action({
  roles: ["PERSONAL", "ENTERPRISE"],
  run: ({ actor, meta, now }) => cancelAccountClosure(actor, meta, now),
  message: "已撤销注销，账号继续正常使用",
  redirect: () => "/me/account",
});

export const withdrawAuthorizationAction = action({
  roles: ["PERSONAL", "ENTERPRISE"],
  run: ({ actor, meta, now }) => withdrawAuthorization(actor, meta, now),
  message: "已撤回授权",
  redirect: () => "/me/account",
});

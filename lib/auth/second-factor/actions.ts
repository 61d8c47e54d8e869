"use server";

import { publicAction } from "@/lib/actions/builder";
import { homeOf } from "@/lib/accounts/queries";
import { safeCallbackUrl } from "@/lib/accounts/schema";
import { enrolSecondFactor, verifySecondFactor } from "./commands";
import { sessionIdFromCookie } from "./cookie";
import { enrolSchema, secondFactorSchema } from "./schema";

// The second step of a staff or 金融办 login (/login/verify). Public actions: the session is not usable
// yet; the commands accept only this browser's pending login. Both forms post to route handlers
// (/login/verify/submit, /login/verify/enrol) like 登录 (lib/actions/form-post.ts).

export const verifySecondFactorAction = publicAction({
  input: secondFactorSchema,
  secret: ["code"],
  run: async ({ meta, now }, input) => verifySecondFactor(await sessionIdFromCookie(), input, meta, now),
  redirect: (done, { next }) => safeCallbackUrl(next, homeOf(done.role)),
});

export const enrolSecondFactorAction = publicAction({
  input: enrolSchema,
  secret: ["code"],
  run: async ({ meta, now }, input) => enrolSecondFactor(await sessionIdFromCookie(), input, meta, now),
  redirect: (done, { next }) => safeCallbackUrl(next, homeOf(done.role)),
});

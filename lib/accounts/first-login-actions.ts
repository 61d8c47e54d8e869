"use server";

import { action } from "@/lib/actions/builder";
import { setOwnPassword } from "./first-login";
import { setOwnPasswordSchema } from "./first-login-schema";
import { homeOf } from "./queries";
import type { Role } from "@/lib/generated/prisma/enums";

// 设置新密码 after signing in with a one-time password (lib/accounts/first-login.ts); then the home page.
export const setOwnPasswordAction = action({
  input: setOwnPasswordSchema,
  run: ({ actor, meta, now }, input) => setOwnPassword(actor, input, meta, now),
  redirect: (done) => `${homeOf(done.role as Role)}?password=set`,
});

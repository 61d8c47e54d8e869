"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { registerAccount } from "@/lib/accounts/register";
import { changePassword, changePhone } from "@/lib/accounts/settings";
import { sendVerificationSms } from "@/lib/accounts/sms";
import { fail, fieldErrorsFrom, type ActionResult } from "@/lib/actions/result";
import { getCurrentSession, requestMeta } from "@/lib/auth/current";
import { isProductionDeployment } from "@/lib/env";
import {
  changePasswordSchema,
  changePhoneSchema,
  registerSchema,
  sendSmsSchema,
  type ChangePasswordInput,
  type ChangePhoneInput,
  type RegisterInput,
  type SendSmsInput,
} from "@/lib/validation/account";

// Account mutations: authenticate → validate → authorize → write → revalidate. The logic lives in
// lib/accounts/* (plain functions, tested directly); these wrappers add the request and the session.
// What the user typed comes back on failure, never passwords or codes.
const REGISTERED_COOKIE = "ts_registered_phone";

function keep(input: unknown, fields: string[]): Record<string, string> {
  const source = (input ?? {}) as Record<string, unknown>;
  return Object.fromEntries(fields.filter((f) => typeof source[f] === "string").map((f) => [f, String(source[f]).slice(0, 200)]));
}

export async function registerAction(input: RegisterInput): Promise<ActionResult> {
  const values = keep(input, ["kind", "phone", "name", "enterpriseName", "uscc"]);
  const parsed = registerSchema.safeParse(input);
  if (!parsed.success) return fail("请修改标出的内容", fieldErrorsFrom(parsed.error.issues), values);
  const result = await registerAccount(parsed.data, await requestMeta(), new Date());
  if (!result.ok) return { ...result, values };
  // The login page greets the new user and fills in the phone (kept out of the URL and the logs).
  (await cookies()).set(REGISTERED_COOKIE, parsed.data.phone, {
    httpOnly: true,
    sameSite: "lax",
    secure: isProductionDeployment(),
    path: "/login",
    maxAge: 300,
  });
  redirect("/login?registered=1");
}

export async function sendSmsCodeAction(input: SendSmsInput): Promise<ActionResult<{ resendAfterSeconds: number }>> {
  const parsed = sendSmsSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrorsFrom(parsed.error.issues);
    if (input?.purpose === "CHANGE_PHONE" && errors.phone) errors.newPhone = errors.phone;
    return fail(Object.values(errors)[0] ?? "请检查填写的内容", errors);
  }
  const current = await getCurrentSession();
  return sendVerificationSms(parsed.data, { userId: current?.user.id ?? null, meta: await requestMeta(), now: new Date() });
}

export async function changePhoneAction(input: ChangePhoneInput): Promise<ActionResult<{ phone: string }>> {
  const current = await getCurrentSession();
  if (!current) return fail("登录已过期，请重新登录");
  const values = keep(input, ["newPhone"]);
  const parsed = changePhoneSchema.safeParse(input);
  if (!parsed.success) return fail("请修改标出的内容", fieldErrorsFrom(parsed.error.issues), values);
  const result = await changePhone({ userId: current.user.id, sessionId: current.sessionId }, parsed.data, await requestMeta(), new Date());
  if (!result.ok) return { ...result, values };
  revalidatePath("/", "layout");
  return result;
}

export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult<{ endedSessions: number }>> {
  const current = await getCurrentSession();
  if (!current) return fail("登录已过期，请重新登录");
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return fail("请修改标出的内容", fieldErrorsFrom(parsed.error.issues));
  return changePassword({ userId: current.user.id, sessionId: current.sessionId }, parsed.data, await requestMeta(), new Date());
}

import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { decrypt, encrypt } from "@/lib/crypto";
import { column } from "@/lib/crypto/columns";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { newId } from "@/lib/domain/ids";
import type { ActionResult } from "./result";

// A form posted without JavaScript (or before the page's script ran) gets its answer on the page it
// came from: the result is stored for two minutes (encrypted, for the same account), a cookie names
// it, and the browser is sent back (303). React's own way to hand the result to the page does not
// reach pages rendered with Cache Components, so the platform does this itself.
export const REPLY_COOKIE = "ts_form_reply";
const TTL_MS = 120_000;

function backPath(referer: string | null, host: string | null): string {
  if (!referer) return "/";
  try {
    const url = new URL(referer);
    return host && url.host === host ? `${url.pathname}${url.search}` : "/";
  } catch {
    return "/";
  }
}

export async function replyToNativeForm(form: string, result: ActionResult<unknown>, actor: Actor | null): Promise<never> {
  const id = newId(); // the payload is bound to its row
  const reply = await db.formReply.create({
    data: { id, form, userId: actor?.id ?? null, payloadEnc: encrypt(JSON.stringify(result), column("FormReply", "payloadEnc", id)), expiresAt: new Date(Date.now() + TTL_MS) },
    select: { id: true },
  });
  (await cookies()).set(REPLY_COOKIE, reply.id, { httpOnly: true, sameSite: "lax", path: "/", maxAge: TTL_MS / 1000 });
  const h = await headers();
  redirect(backPath(h.get("referer"), h.get("x-forwarded-host") ?? h.get("host")));
}

export interface FormReplyData {
  form: string;
  result: ActionResult<unknown>;
}

// The reply the browser was sent back with, if it is still valid and belongs to this account.
// (Asked for the account only when the cookie is there: most requests have none.)
export async function readNativeReply(actorId: () => Promise<string | null>): Promise<FormReplyData | null> {
  const id = (await cookies()).get(REPLY_COOKIE)?.value;
  if (!id || !/^[a-z0-9]{10,40}$/.test(id)) return null;
  const reply = await db.formReply.findUnique({ where: { id } });
  if (!reply || reply.expiresAt < new Date() || reply.userId !== (await actorId())) return null;
  return { form: reply.form, result: JSON.parse(decrypt(reply.payloadEnc, column("FormReply", "payloadEnc", reply.id))) as ActionResult<unknown> };
}

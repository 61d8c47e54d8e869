import "server-only";
import { cookies } from "next/headers";
import { currentUser } from "@/lib/auth/current";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { MODE_COOKIE, modeOfAccount, parseMode, type Mode } from "./mode";

// The mode this request renders in: the signed-in account's choice (so signing in on a new
// browser, password or SSO, applies it), else the browser's cookie, else 标准模式.
// The session lookup is the one the header makes anyway (React cache).
export async function currentMode(): Promise<Mode> {
  const jar = await cookies();
  if (hasSessionCookie(jar.getAll().map((c) => c.name))) {
    const account = modeOfAccount((await currentUser())?.displayMode);
    if (account) return account;
  }
  return parseMode(jar.get(MODE_COOKIE)?.value) ?? "standard";
}

import "server-only";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
import { authSecret } from "../config";
import { SESSION_COOKIE_NAMES } from "../session-cookie";

// The session id in this browser's Auth.js cookie, whatever its state (lib/auth/current.ts accepts only
// usable sessions; the second-factor step needs the one still waiting).
export async function sessionIdFromCookie(): Promise<string | null> {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret: authSecret(), salt: name }).catch(() => null);
    return typeof token?.sid === "string" ? token.sid : null;
  }
  return null;
}

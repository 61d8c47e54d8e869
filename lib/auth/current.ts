import "server-only";
import { cookies, headers } from "next/headers";
import { decode } from "next-auth/jwt";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { authSecret } from "./config";
import { SESSION_COOKIE_NAMES } from "./session-cookie";
import { actorOf, type Actor, type RequestMeta } from "@/lib/domain/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { requestMetaFrom } from "@/lib/request-meta";
import { validateSession, type CurrentSession, type SessionUser } from "./session";

// The signed-in user of the current request, checked against the Session row on every call
// (once per request thanks to React's cache): a revoked or expired session is no session.
// The session id is read from the Auth.js cookie here rather than from auth(): the session callback keeps it
// out of what /api/auth/session shows the browser (lib/auth/config.ts).
export const getCurrentSession = cache(async (): Promise<CurrentSession | null> => {
  const jar = await cookies();
  for (const name of SESSION_COOKIE_NAMES) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    const token = await decode({ token: value, secret: authSecret(), salt: name }).catch(() => null);
    return validateSession(typeof token?.sid === "string" ? token.sid : null, new Date());
  }
  return null;
});

export async function currentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

export async function currentActor(): Promise<Actor | null> {
  const session = await getCurrentSession();
  return session ? actorOf(session.user, session.sessionId) : null;
}

export async function requestMeta(): Promise<RequestMeta> {
  return requestMetaFrom(await headers());
}

// The path being rendered, set by proxy.ts on protected routes, for ?callbackUrl=.
async function currentPath(): Promise<string | null> {
  const path = (await headers()).get("x-current-path");
  return path && path.startsWith("/") && !path.startsWith("//") ? path : null;
}

export async function loginUrlFor(path: string | null): Promise<string> {
  return path ? `/login?${new URLSearchParams({ callbackUrl: path })}` : "/login";
}

// For every protected page and layout: the user, or a redirect to /login?callbackUrl=… (the page's
// own path when given, else the one proxy.ts recorded). With roles, other signed-in users get a 404,
// as for a record that is not theirs.
export async function requireUser(returnTo?: string, roles?: readonly Role[]): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) redirect(await loginUrlFor(returnTo ?? (await currentPath())));
  if (roles && !roles.includes(user.role)) notFound();
  return user;
}

export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  return requireUser(undefined, roles);
}

export async function requireActor(returnTo?: string, roles?: readonly Role[]): Promise<Actor> {
  await requireUser(returnTo, roles);
  return (await currentActor())!;
}

import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";
import { getCurrentSession, requestMeta } from "@/lib/auth/current";
import { actorOf, type Actor, type RequestMeta } from "@/lib/domain/actor";

// Who calls a server action. In a request it comes from the server-side session and the request
// headers; scripts and tests run actions as a given actor with `withActionContext` (no HTTP request).
export interface CallerContext {
  actor: Actor | null;
  meta: RequestMeta;
  now: Date;
  // Without an HTTP request there is nowhere to redirect: a script or test receives the target instead.
  onRedirect?: (url: string) => void;
}

const given = new AsyncLocalStorage<CallerContext>();

export function withActionContext<T>(context: Omit<CallerContext, "now"> & { now?: Date }, run: () => Promise<T>): Promise<T> {
  return given.run({ now: new Date(), ...context }, run);
}

export function hasGivenContext(): boolean {
  return given.getStore() !== undefined;
}

export async function callerContext(): Promise<CallerContext> {
  const store = given.getStore();
  if (store) return store;
  const [session, meta] = await Promise.all([getCurrentSession(), requestMeta()]);
  return { actor: session ? actorOf(session.user, session.sessionId) : null, meta, now: new Date() };
}

// Whether the action was called by the page's JavaScript (React sends the Next-Action header) rather
// than by a form the browser posted itself.
export async function calledFromScript(): Promise<boolean> {
  return (await headers()).has("next-action");
}

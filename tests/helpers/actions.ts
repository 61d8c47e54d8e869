import { withActionContext } from "@/lib/actions/context";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { DomainError } from "@/lib/domain/errors";

// Runs a server action as `actor` without an HTTP request: the same path as a form submission
// (bound-argument and input validation, role check, command, result), with the redirect it
// would have sent recorded instead.
export const TEST_META: RequestMeta = { ip: "10.0.0.8", userAgent: "vitest" };

type AnyAction<O> = (...args: any[]) => Promise<ActionResult<O>>;

export async function callAction<O>(
  actor: Actor | null,
  action: AnyAction<O>,
  bound: unknown[],
  input: Record<string, unknown> | FormData = {},
  meta: RequestMeta = TEST_META,
): Promise<ActionResult<O> & { redirectedTo: string | null }> {
  let redirectedTo: string | null = null;
  const run = action as unknown as (...args: unknown[]) => Promise<ActionResult<O>>;
  const result = await withActionContext({ actor, meta, onRedirect: (url) => (redirectedTo = url) }, () => run(...bound, null, input));
  return Object.assign(result, { redirectedTo });
}

// A domain command's outcome in the shape of an action result, for tests of the command itself.
export async function outcome<T>(pending: Promise<T>): Promise<{ ok: true; data: T } | { ok: false; message: string; fieldErrors: Record<string, string> }> {
  try {
    return { ok: true, data: await pending };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
}

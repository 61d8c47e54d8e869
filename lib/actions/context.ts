import "server-only";
import { requestMeta, requireUser } from "@/lib/auth/current";
import type { Actor, RequestMeta } from "@/lib/applications/actor";
import { ForbiddenError, NotFoundError } from "@/lib/applications/errors";
import { fail, type ActionResult } from "./result";

// The signed-in actor of a server action (a redirect to /login when there is none) and where the
// request came from. Authorization itself happens in the domain functions.
export async function sessionActor(): Promise<{ actor: Actor; meta: RequestMeta }> {
  const user = await requireUser();
  return { actor: { id: user.id, role: user.role, institutionId: user.institutionId }, meta: await requestMeta() };
}

// Domain refusals become a failed result; anything else (including Next's redirects) propagates.
export async function refusalsAsResults<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return fail(error.message);
    throw error;
  }
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$ACTION")) values[key] = value;
  return values;
}

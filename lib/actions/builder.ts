import "server-only";
import { redirect, unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { expireTags, refreshClient, type TagRefresh } from "@/lib/cache/refresh";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { DomainError, INVALID_FORM } from "@/lib/domain/errors";
import { callerContext, calledFromScript, type CallerContext } from "./context";
import { withEcho } from "./echo";
import { replyToNativeForm } from "./native-reply";
import { echoValues, fieldErrorsFrom, FORM_NAME_FIELD, toRawInput, type RawInput } from "./input";
import { failed, succeeded, type ActionResult } from "./result";

// The one way to make a server action: session → bound arguments (ids) → role → input schema →
// domain command → one result type → revalidate by tag → optional redirect. Domain errors become a
// failed result here and nowhere else; the user's input comes back with every failure.

export const SESSION_EXPIRED = "登录已过期，请重新登录后再提交";
export const NOT_FOUND = "记录不存在或无权查看";

export interface ActionContext<A extends Actor | null = Actor> {
  actor: A;
  meta: RequestMeta;
  now: Date;
}

type Bound = z.ZodType<readonly unknown[]>;
type BoundOf<BS> = BS extends z.ZodType ? (z.output<BS> extends readonly unknown[] ? z.output<BS> : []) : [];
type InputOf<S> = S extends z.ZodType ? z.output<S> : undefined;

interface Spec<A extends Actor | null, BS extends Bound, S extends z.ZodType | undefined, O> {
  // Bound arguments (`action.bind(null, id)`), validated before anything reads the database.
  bound?: BS;
  // The form's schema, shared with the browser; a function when it depends on the record (a product's limits).
  input?: S | ((args: { context: ActionContext<A>; bound: BoundOf<BS> }) => S | Promise<S>);
  // Field names never echoed back beyond the built-in ones (passwords, codes, the human check).
  secret?: readonly string[];
  run: (context: ActionContext<A>, input: InputOf<S>, bound: BoundOf<BS>) => Promise<O>;
  message?: string | ((data: O) => string);
  revalidate?: (data: O, input: InputOf<S>, bound: BoundOf<BS>) => readonly TagRefresh[];
  // Re-render the dynamic parts of the page (the header's count) without touching any cache.
  refresh?: boolean;
  redirect?: (data: O, input: InputOf<S>, bound: BoundOf<BS>) => string | null;
}

export type ServerAction<B extends readonly unknown[], O> = (
  ...args: [...B, previous: ActionResult<O> | null, input: FormData | RawInput]
) => Promise<ActionResult<O>>;

type Access = { kind: "public" } | { kind: "signed-in"; roles: readonly Role[] | null };

function build<A extends Actor | null, BS extends Bound, S extends z.ZodType | undefined, O>(
  access: Access,
  spec: Spec<A, BS, S, O>,
): ServerAction<BoundOf<BS>, O> {
  type B = BoundOf<BS>;
  type I = InputOf<S>;
  return async (...args) => {
    const bound = args.slice(0, -2) as unknown as B;
    const raw = toRawInput(args[args.length - 1]);
    const values = echoValues(raw, spec.secret);
    const caller: CallerContext = await callerContext();
    const result = await execute(raw, values, bound, caller);
    // A form the browser posted itself is answered on its page (lib/actions/native-reply.ts).
    const formName = typeof raw[FORM_NAME_FIELD] === "string" ? (raw[FORM_NAME_FIELD] as string).slice(0, 80) : null;
    if (formName && !caller.onRedirect && !(await calledFromScript())) await replyToNativeForm(formName, result, caller.actor);
    return result;
  };

  async function execute(raw: RawInput, values: ReturnType<typeof echoValues>, bound: B, caller: CallerContext): Promise<ActionResult<O>> {
    if (access.kind === "signed-in") {
      if (!caller.actor) return failed(SESSION_EXPIRED, {}, values);
      // A role that may not act here is told the same as for a record that is not theirs.
      if (access.roles && !access.roles.includes(caller.actor.role)) return failed(NOT_FOUND, {}, values);
    }
    const context = { actor: caller.actor, meta: caller.meta, now: caller.now } as ActionContext<A>;
    let boundArgs = bound;
    if (spec.bound) {
      const parsed = spec.bound.safeParse(bound);
      if (!parsed.success) return failed(NOT_FOUND, {}, values);
      boundArgs = parsed.data as B;
    }
    let data: O;
    let input: I;
    try {
      const schema = typeof spec.input === "function" ? await spec.input({ context, bound: boundArgs }) : spec.input;
      if (schema) {
        const parsed = await schema.safeParseAsync(raw);
        if (!parsed.success) return failed(INVALID_FORM, fieldErrorsFrom(parsed.error.issues), values);
        input = parsed.data as I;
      } else {
        input = undefined as I;
      }
      data = await withEcho(values, () => spec.run(context, input, boundArgs));
    } catch (error) {
      unstable_rethrow(error); // redirect(), notFound() and other control flow of Next
      if (error instanceof DomainError) return failed(error.message, error.fieldErrors, values);
      throw error;
    }
    if (spec.revalidate) expireTags(spec.revalidate(data, input, boundArgs));
    if (spec.refresh) refreshClient();
    const message = typeof spec.message === "function" ? spec.message(data) : (spec.message ?? null);
    const target = spec.redirect?.(data, input, boundArgs);
    if (target) {
      if (caller.onRedirect) caller.onRedirect(target);
      else redirect(target);
    }
    return succeeded(data, message);
  }
}

// For signed-in users; with `roles`, only those roles (the others get the answer of a missing record).
export function action<BS extends Bound = z.ZodTuple<[]>, S extends z.ZodType | undefined = undefined, O = void>(
  spec: Spec<Actor, BS, S, O> & { roles?: readonly Role[] },
): ServerAction<BoundOf<BS>, O> {
  return build<Actor, BS, S, O>({ kind: "signed-in", roles: spec.roles ?? null }, spec);
}

// For visitors too (登录, 注册, 发送验证码): the actor may be null.
export function publicAction<BS extends Bound = z.ZodTuple<[]>, S extends z.ZodType | undefined = undefined, O = void>(
  spec: Spec<Actor | null, BS, S, O>,
): ServerAction<BoundOf<BS>, O> {
  return build<Actor | null, BS, S, O>({ kind: "public" }, spec);
}

import type { FormValues } from "./result";

// The hidden field by which each form names itself (useActionForm renders it): a form the browser
// posted itself is answered on its page by that name (lib/actions/native-reply.ts).
export const FORM_NAME_FIELD = "_form";

// What a form sent, as a plain object: one value per field, an array when a field repeats
// (multi-selects), files kept as File. React's own "$ACTION…" fields are left out.
export type RawInput = Record<string, unknown>;

export function toRawInput(input: unknown): RawInput {
  if (input instanceof FormData) {
    const raw: Record<string, unknown> = {};
    for (const key of new Set(input.keys())) {
      if (key.startsWith("$ACTION")) continue;
      const all = input.getAll(key);
      raw[key] = all.length > 1 ? all : all[0];
    }
    return raw;
  }
  return input && typeof input === "object" ? { ...(input as RawInput) } : {};
}

// Fields whose values never travel back to the browser, whatever the form.
const SECRET_FIELD = /password|smscode|captcha|altcha|otp|^code$|token|secret/i;
// The longest field of any form is an article's Markdown body (lib/content/schema.ts): a refused
// form must give all of it back.
const MAX_ECHO = 50_000;

export function echoValues(raw: RawInput, secret: readonly string[] = []): FormValues {
  const values: FormValues = {};
  for (const [key, value] of Object.entries(raw)) {
    if (SECRET_FIELD.test(key) || secret.includes(key)) continue;
    if (typeof value === "string") values[key] = value.slice(0, MAX_ECHO);
    else if (typeof value === "boolean") values[key] = value ? "on" : "";
    else if (typeof value === "number") values[key] = String(value);
    else if (Array.isArray(value)) values[key] = value.filter((v): v is string => typeof v === "string").map((v) => v.slice(0, MAX_ECHO));
  }
  return values;
}

// zod issues → the first message of each top-level field.
export function fieldErrorsFrom(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
  }
  return errors;
}

// The one result type of every server action. Field errors are keyed by form field name;
// `values` echoes back what the user typed (never passwords or codes) so a failed form loses nothing.
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; values?: Record<string, string> };

export function fail(message: string, fieldErrors?: Record<string, string>, values?: Record<string, string>): ActionResult<never> {
  return { ok: false, message, fieldErrors, values };
}

export function succeed<T>(data?: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

// Turns zod issues into one message per field (the first one), keyed by the top-level path.
export function fieldErrorsFrom(issues: { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "_form");
    errors[key] ??= issue.message;
  }
  return errors;
}

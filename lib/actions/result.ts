// The one result type of every server action. Success carries the command's typed data; failure
// carries a Chinese message, the message of each invalid field (keyed by form field name) and the
// user's input (never passwords or codes), so a refused form loses nothing.
export type FormValues = Record<string, string | string[]>;

export type ActionResult<T = void> =
  | { ok: true; data: T; message: string | null }
  | { ok: false; message: string; fieldErrors: Record<string, string>; values: FormValues };

// The signature of every server action (after its bound arguments): React's useActionState calls it
// with the previous result and the form's data; scripts and tests may pass a plain object instead.
// Forms that do not read the data take any action (hence the default).
export type FormAction<T = any> = (previous: ActionResult<T> | null, input: FormData) => Promise<ActionResult<T>>;

export type ActionSuccess<T> = Extract<ActionResult<T>, { ok: true }>;

export function succeeded<T>(data: T, message: string | null = null): ActionSuccess<T> {
  return { ok: true, data, message };
}

export function failed(message: string, fieldErrors: Record<string, string> = {}, values: FormValues = {}): ActionResult<never> {
  return { ok: false, message, fieldErrors, values };
}

import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import type { FormValues } from "./result";

// Values a command learns while it runs and that a refused form should get back with what was typed —
// today the id of a file posted without JavaScript and stored before a later field was refused
// (lib/uploads/form.ts), so that the page shows it as 已上传 and the user picks only the refused one again.
// The builder (builder.ts) runs each command inside `withEcho(values)`; `echoValue` adds to that echo.
const echo = new AsyncLocalStorage<FormValues>();

export function withEcho<T>(values: FormValues, run: () => Promise<T>): Promise<T> {
  return echo.run(values, run);
}

export function echoValue(key: string, value: string): void {
  const values = echo.getStore();
  if (values) values[key] = value;
}

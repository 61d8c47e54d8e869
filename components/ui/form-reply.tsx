"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/result";

// The answer to a form the browser posted itself (lib/actions/native-reply.ts), for the form of that name.
interface Reply {
  form: string;
  result: ActionResult<unknown>;
}

const FormReplyContext = createContext<Reply | null>(null);

export function FormReplyProvider({ reply, children }: { reply: Reply | null; children: ReactNode }) {
  return <FormReplyContext value={reply}>{children}</FormReplyContext>;
}

export function useFormReply<T>(name: string): ActionResult<T> | null {
  const reply = useContext(FormReplyContext);
  return reply && reply.form === name ? (reply.result as ActionResult<T>) : null;
}

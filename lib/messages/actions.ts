"use server";

import { z } from "zod";
import { action } from "@/lib/actions/builder";
import { idSchema } from "@/lib/domain/ids";
import { markAllMessagesRead, markMessageRead } from "./commands";

// 消息中心: plain form posts (they work without JavaScript); the header's unread count follows.
const returnSchema = z.object({
  returnTo: z
    .string()
    .optional()
    .transform((path) => (path && path.startsWith("/me/messages") && !path.startsWith("//") ? path : "/me/messages")),
});

export const readMessage = action({
  bound: z.tuple([idSchema]),
  input: returnSchema,
  run: ({ actor }, _input, [messageId]) => markMessageRead(actor, messageId),
  refresh: true,
  redirect: (_done, { returnTo }) => returnTo,
});

export const readAllMessages = action({
  input: returnSchema,
  run: ({ actor }) => markAllMessagesRead(actor),
  refresh: true,
  redirect: (_count, { returnTo }) => returnTo,
});

"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { NotFoundError } from "@/lib/applications/errors";
import { markAllMessagesRead, markMessageRead } from "@/lib/applications/messages";
import { sessionActor } from "./context";

// 消息中心: plain form posts (they work without JavaScript); the header's unread count follows.

function safeReturnPath(value: FormDataEntryValue | null): string {
  const path = typeof value === "string" ? value : "";
  return path.startsWith("/me/messages") ? path : "/me/messages";
}

export async function readMessage(messageId: string, formData: FormData) {
  const { actor } = await sessionActor();
  try {
    await markMessageRead(actor, messageId);
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
  }
  revalidatePath("/", "layout");
  redirect(safeReturnPath(formData.get("returnTo")));
}

export async function readAllMessages(formData: FormData) {
  const { actor } = await sessionActor();
  await markAllMessagesRead(actor);
  revalidatePath("/", "layout");
  redirect(safeReturnPath(formData.get("returnTo")));
}

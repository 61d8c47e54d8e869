import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { accountValueOf, modeOfAccount, type Mode } from "./mode";

// The account remembers the mode chosen while signed in.
export async function saveAccountMode(actor: Pick<Actor, "id">, mode: Mode): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { displayMode: accountValueOf(mode) } });
}

export async function accountModeOfPhone(phone: string): Promise<Mode | null> {
  const user = await db.user.findUnique({ where: { phone }, select: { displayMode: true } });
  return modeOfAccount(user?.displayMode);
}

import "server-only";
import { db } from "@/lib/db";
import { authorizationStatus, type AuthorizationStatus } from "./consent";

// What 账号信息 → 个人信息 shows for the signed-in account (scoped by its id).
export async function myPrivacyState(userId: string): Promise<{ authorization: AuthorizationStatus; deletionRequestedAt: Date | null }> {
  const [authorization, user] = await Promise.all([
    authorizationStatus(userId),
    db.user.findUnique({ where: { id: userId }, select: { deletionRequestedAt: true } }),
  ]);
  return { authorization, deletionRequestedAt: user?.deletionRequestedAt ?? null };
}

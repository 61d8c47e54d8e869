import { db } from "@/lib/db";
import type { Actor, RequestMeta } from "@/lib/domain/actor";
import { audit } from "@/lib/domain/audit";
import { NotFoundError } from "@/lib/domain/errors";
import { sessionExpiry } from "./session";

// 登录设备 in 账号信息: the user's own active sessions (device, IP, time), and 下线 for any of them.
export interface MySession {
  id: string;
  device: string;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

// A readable device from the User-Agent: enough for a person to recognise their phone or computer.
export function deviceOf(userAgent: string | null): string {
  if (!userAgent) return "未知设备";
  const os = /iPhone/.test(userAgent) ? "iPhone" : /iPad/.test(userAgent) ? "iPad" : /Android/.test(userAgent) ? "Android" : /Windows/.test(userAgent) ? "Windows" : /Mac OS X|Macintosh/.test(userAgent) ? "Mac" : /Linux/.test(userAgent) ? "Linux" : "";
  const browser = /MicroMessenger/.test(userAgent) ? "微信" : /Edg\//.test(userAgent) ? "Edge" : /Chrome\//.test(userAgent) ? "Chrome" : /Firefox\//.test(userAgent) ? "Firefox" : /Safari\//.test(userAgent) ? "Safari" : "";
  return [os, browser].filter(Boolean).join(" · ") || "其他设备";
}

export async function listMySessions(actor: Actor, now: Date): Promise<MySession[]> {
  const rows = await db.session.findMany({
    where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { lastSeenAt: "desc" },
    take: 50,
  });
  return rows
    .filter((row) => sessionExpiry(row) > now)
    .map((row) => ({ id: row.id, device: deviceOf(row.userAgent), ip: row.ip, createdAt: row.createdAt, lastSeenAt: row.lastSeenAt, current: row.id === actor.sessionId }));
}

// Another user's session, or one already ended, is not found.
export async function endMySession(actor: Actor, sessionId: string, meta: RequestMeta, now: Date): Promise<{ ended: true }> {
  const { count } = await db.session.updateMany({ where: { id: sessionId, userId: actor.id, revokedAt: null }, data: { revokedAt: now } });
  if (count !== 1) throw new NotFoundError("登录设备");
  await audit({ action: "auth.session.end", actorId: actor.id, targetType: "Session", targetId: sessionId, meta });
  return { ended: true };
}

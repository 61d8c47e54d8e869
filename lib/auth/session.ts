import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DisplayMode, Role } from "@/lib/generated/prisma/enums";

// Server-side sessions. The Auth.js JWT cookie only carries the Session id; every check reads the
// row, so that logout, password change and expiry take effect at once.
export const SESSION_IDLE_MS = 30 * 60_000; // idle timeout
export const SESSION_ABSOLUTE_MS = 12 * 3600_000; // absolute lifetime
export const SESSION_TOUCH_INTERVAL_MS = 60_000; // lastSeenAt is written at most once a minute

export interface SessionUser {
  id: string;
  phone: string;
  role: Role;
  name: string | null;
  institutionId: string | null;
  displayMode?: DisplayMode | null; // 关怀模式 of the account (lib/care)
}

export interface CurrentSession {
  sessionId: string;
  user: SessionUser;
}

interface SessionContext {
  ip?: string | null;
  userAgent?: string | null;
  now: Date;
  secondFactorPending?: boolean; // staff and 金融办 until /login/verify (lib/auth/second-factor)
}

export async function createSession(userId: string, ctx: SessionContext, client: Prisma.TransactionClient = db) {
  return client.session.create({
    data: {
      userId,
      createdAt: ctx.now,
      lastSeenAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + SESSION_ABSOLUTE_MS),
      ip: ctx.ip ?? null,
      userAgent: ctx.userAgent?.slice(0, 300) ?? null,
      secondFactorPending: ctx.secondFactorPending ?? false,
    },
  });
}

export function sessionExpiry(session: { lastSeenAt: Date; expiresAt: Date }): Date {
  const idle = session.lastSeenAt.getTime() + SESSION_IDLE_MS;
  return new Date(Math.min(idle, session.expiresAt.getTime()));
}

// The session and its user when the session is still valid at `now`, else null.
// A valid session seen more than a minute ago gets its lastSeenAt moved forward (one write a minute).
export async function validateSession(sessionId: string | null | undefined, now: Date): Promise<CurrentSession | null> {
  if (!sessionId) return null;
  const session = await db.session.findUnique({
    where: { id: sessionId },
    include: { user: { select: { id: true, phone: true, role: true, name: true, institutionId: true, status: true, displayMode: true } } },
  });
  // A login still waiting for its second factor is no session yet.
  if (!session || session.revokedAt || session.secondFactorPending) return null;
  if (now >= sessionExpiry(session) || session.user.status !== "ACTIVE") return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db.session.updateMany({
      where: { id: session.id, revokedAt: null, lastSeenAt: { lt: new Date(now.getTime() - SESSION_TOUCH_INTERVAL_MS / 2) } },
      data: { lastSeenAt: now },
    });
  }
  const { id, phone, role, name, institutionId, displayMode } = session.user;
  return { sessionId: session.id, user: { id, phone, role, name, institutionId, displayMode } };
}

export async function revokeSession(sessionId: string, now: Date): Promise<boolean> {
  const result = await db.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
  return result.count === 1;
}

// Ends every session of the user except `keepSessionId` (password change, account events).
export async function revokeOtherSessions(
  userId: string,
  keepSessionId: string | null,
  now: Date,
  client: Prisma.TransactionClient = db,
): Promise<number> {
  const result = await client.session.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: now },
  });
  return result.count;
}

import type { Role } from "@/lib/generated/prisma/enums";

// Who performs an operation, and from where. Domain code takes both explicitly, so it runs the same
// in a server action, a script and a test; the action layer builds them from the session.
export interface Actor {
  id: string;
  role: Role;
  institutionId: string | null;
  sessionId: string | null; // the session that acts (null in scripts and tests that need none)
}

// Never secrets: for the audit log, consent and session records.
export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

export const NO_REQUEST: RequestMeta = { ip: null, userAgent: null };

export function actorOf(user: { id: string; role: Role; institutionId: string | null }, sessionId: string | null = null): Actor {
  return { id: user.id, role: user.role, institutionId: user.institutionId, sessionId };
}

export function isApplicant(actor: Actor): boolean {
  return actor.role === "PERSONAL" || actor.role === "ENTERPRISE";
}

export function isStaff(actor: Actor): actor is Actor & { institutionId: string } {
  return actor.role === "STAFF" && !!actor.institutionId;
}

export function isAdmin(actor: Actor): boolean {
  return actor.role === "ADMIN";
}

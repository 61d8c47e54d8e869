import type { Role } from "@/lib/generated/prisma/enums";

// Who performs an operation. Domain functions take it explicitly so they can be tested without a request;
// server actions build it from the session.
export interface Actor {
  id: string;
  role: Role;
  institutionId: string | null;
}

// Where a request came from, for the audit log and consent records. Never secrets.
export interface RequestMeta {
  ip?: string | null;
  userAgent?: string | null;
}

export function isApplicant(actor: Actor): boolean {
  return actor.role === "PERSONAL" || actor.role === "ENTERPRISE";
}

export function isStaff(actor: Actor): actor is Actor & { institutionId: string } {
  return actor.role === "STAFF" && !!actor.institutionId;
}

export function actorOf(user: { id: string; role: Role; institutionId: string | null }): Actor {
  return { id: user.id, role: user.role, institutionId: user.institutionId };
}

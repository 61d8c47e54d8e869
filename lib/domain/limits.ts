import { consumeRateLimit, RATE_LIMITS, retryAfterText } from "@/lib/services/rate-limit";
import type { Actor } from "./actor";
import { RefusedError } from "./errors";

// Per-user limits on what reaches an institution's desk (fix 9): a generous day's work for a real applicant,
// a wall for a script with one account. Counted before anything else is read, so a flood costs no queries.
export const USER_LIMITS = {
  "user-application": RATE_LIMITS["user-application"],
  "user-consultation": RATE_LIMITS["user-consultation"],
  "user-registration": RATE_LIMITS["user-registration"],
  "user-meeting": RATE_LIMITS["user-meeting"],
  "user-demand": RATE_LIMITS["user-demand"],
} as const;

export async function limitPerUser(name: keyof typeof USER_LIMITS, actor: Actor): Promise<void> {
  const counted = await consumeRateLimit(name, actor.id);
  if (!counted.ok) throw new RefusedError(`操作过于频繁，请${retryAfterText(counted.retryAfterSeconds)}后再试`);
}

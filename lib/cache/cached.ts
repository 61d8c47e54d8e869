import "server-only";
import { cacheLife, cacheTag } from "next/cache";

// Called first inside a 'use cache' function or component: its lifetime profile (next.config.ts
// `cacheLife`) and its tags. Entries live in Next's in-memory LRU, bounded by `cacheMaxMemorySize`.
// Outside a Next.js server (vitest, scripts) the directive does nothing and neither does this.
export type CacheProfile = "catalogue" | "figures" | "timely";

export function cachedAs(profile: CacheProfile, ...tags: string[]): void {
  if (!process.env.NEXT_RUNTIME) return;
  // The profiles are declared in next.config.ts; their generated types exist only after a build.
  (cacheLife as (profile: string) => void)(profile);
  cacheTag(...tags);
}

import "server-only";
import { refresh, revalidateTag, updateTag } from "next/cache";

// Invalidation after a write, by tag and only of what changed (lib/cache/tags.ts lists the tags).
// A plain tag expires at once and the writer reads its own write (updateTag); a background tag is
// served stale while it is recomputed (the aggregate figures over a million applications).
export type TagRefresh = string | { tag: string; background: true };

// Outside a Next.js server (vitest, scripts) there is no cache to invalidate.
const inNext = () => Boolean(process.env.NEXT_RUNTIME);

export function expireTags(tags: readonly TagRefresh[]): void {
  if (!inNext()) return;
  for (const entry of tags) {
    if (typeof entry === "string") updateTag(entry);
    else revalidateTag(entry.tag, "max");
  }
}

// The dynamic parts of the current page (the header's account entry and its unread count) render again.
export function refreshClient(): void {
  if (inNext()) refresh();
}

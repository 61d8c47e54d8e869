import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";

// Catalogue reads are cached in Next's data cache (unstable_cache: this app does not enable
// cacheComponents) and invalidated by tag. Cached values go through JSON, so data functions
// return plain values: Decimal as string, Date as ISO string.
export const CACHE_TAGS = {
  products: "catalogue:products", // any product created, edited, published or archived
  institutions: "catalogue:institutions", // any institution created or edited
  applications: "catalogue:applications", // any loan application created or changing status
  demands: "catalogue:demands", // any financing demand taken, matched or closed
  articles: "catalogue:articles", // 政策指南 / 新闻动态
  activities: "catalogue:activities", // 金融活动
} as const;

export const productTag = (id: string) => `catalogue:product:${id}`;

// Time-based safety net on top of tag invalidation (seconds).
export const CACHE_SECONDS = 3600;

// Outside a Next.js server (vitest, scripts) there is no data cache: call through.
const inNext = () => Boolean(process.env.NEXT_RUNTIME);

// `tags` may depend on the arguments (e.g. one product's own tag).
export function cached<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  key: string,
  tags: string[] | ((...args: A) => string[]),
  revalidate: number = CACHE_SECONDS,
): (...args: A) => Promise<R> {
  if (typeof tags !== "function") {
    const wrapped = unstable_cache(fn, [key], { tags, revalidate });
    return (...args: A) => (inNext() ? wrapped(...args) : fn(...args));
  }
  return (...args: A) =>
    inNext() ? unstable_cache(fn, [key], { tags: tags(...args), revalidate })(...args) : fn(...args);
}

// "now": the next read recomputes (a product edit is visible at once).
// "background": stale-while-revalidate; for the aggregate figures over a million applications,
// which a status change should not make one visitor wait for.
function expire(tags: string[], mode: "now" | "background" = "now"): void {
  if (!inNext()) return;
  for (const tag of tags) revalidateTag(tag, mode === "now" ? { expire: 0 } : "max");
}

// For the server actions of later issues: call after the write, inside the action.
export const revalidateCatalogue = {
  product(productId?: string) {
    expire([CACHE_TAGS.products, ...(productId ? [productTag(productId)] : [])]);
  },
  institution() {
    expire([CACHE_TAGS.institutions]);
  },
  application(productId?: string | null) {
    expire([CACHE_TAGS.applications, ...(productId ? [productTag(productId)] : [])], "background");
  },
  demand() {
    expire([CACHE_TAGS.demands], "background");
  },
  articles() {
    expire([CACHE_TAGS.articles]);
  },
  activities() {
    expire([CACHE_TAGS.activities]);
  },
};

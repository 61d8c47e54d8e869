import { rmSync } from "node:fs";
import path from "node:path";

// Next's data cache (.next/cache/fetch-cache) and on-demand full-route cache (.next/server/route-cache)
// live on disk and would outlive the process. The database may have changed meanwhile (a restore,
// a new seed, the e2e and bench servers that each get a fresh database), and no tag was revalidated
// for that, so each server process starts with empty catalogue caches. Build-time pages are untouched.
export function resetRuntimeCache(distDir = path.join(process.cwd(), ".next")): void {
  for (const dir of [path.join(distDir, "cache", "fetch-cache"), path.join(distDir, "server", "route-cache")]) {
    rmSync(/*turbopackIgnore: true*/ dir, { recursive: true, force: true });
  }
}

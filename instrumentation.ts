// Runs once when a Next.js server starts, before it serves requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { resetRuntimeCache } = await import("@/lib/server/reset-runtime-cache");
  resetRuntimeCache();
}

// Runs once when the server starts (next start, scripts/serve.mjs): the production start check.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/startup-check")).checkDeploymentOrExit();
}

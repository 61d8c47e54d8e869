// Demo mode is explicit. `next start` (and scripts/serve.mjs) always run with NODE_ENV=production; such a
// server is a production deployment — keys required, no demo accounts, no /dev/sms, no SSO mock identities,
// no development keys — unless DEMO_MODE=1 says it is the demo (npm start with the embedded database sets it).
// `next dev` and the tests (NODE_ENV development / test) are demos. APP_ENV=production always means production.
export function isDemoMode(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): boolean {
  if (env.APP_ENV === "production") return false;
  return env.DEMO_MODE === "1" || env.NODE_ENV !== "production";
}

export function isProductionDeployment(env: NodeJS.ProcessEnv | Record<string, string | undefined> = process.env): boolean {
  return !isDemoMode(env);
}

// `next start` always runs with NODE_ENV=production, including the demo that `npm start` serves.
// Whether this is a real production deployment is therefore its own setting: APP_ENV=production.
// It turns off demo accounts, /dev/sms, the SSO mock (unless SSO_MOCK_ENABLED=1) and dev keys.
export function isProductionDeployment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.APP_ENV === "production";
}

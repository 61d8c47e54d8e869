// npm start: migrate, seed when empty, build when needed, serve on PORT (default 3000).
import { buildIsStale } from "./lib/build-state.mjs";
import { run } from "./lib/run.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT || "3000";

// Demo mode is explicit (lib/env.ts): on for the embedded database unless DEMO_MODE or APP_ENV say otherwise.
// With DATABASE_URL it stays off, and the server refuses to start without its keys (lib/deployment.ts).
if (process.env.DEMO_MODE === undefined && !process.env.DATABASE_URL?.trim() && process.env.APP_ENV !== "production") {
  process.env.DEMO_MODE = "1";
}
const demo = process.env.DEMO_MODE === "1" && process.env.APP_ENV !== "production";
// The seed and the other scripts run without NODE_ENV: tell them a production deployment is one.
if (!demo) process.env.APP_ENV = "production";
console.log(
  demo
    ? "[start] 演示环境 (DEMO_MODE=1): embedded database, demo accounts, development keys, /dev/sms — not for real data"
    : "[start] production deployment (DEMO_MODE unset): keys are required, no demo accounts, no /dev/sms",
);

await run("node_modules/.bin/tsx", ["scripts/db/migrate.ts"]);
await run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
if (buildIsStale()) {
  console.log("[start] building the application (first start or sources changed) ...");
  await run("node", ["scripts/prisma-generate.mjs"]);
  await run("node_modules/.bin/next", ["build"]);
}
console.log(`[start] 天水市智慧金融服务平台 → http://localhost:${port}`);
await run("node", ["scripts/serve.mjs", port]);

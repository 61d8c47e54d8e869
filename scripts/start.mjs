// npm start: migrate, seed when empty, build when needed, serve on PORT (default 3000).
import { buildIsStale } from "./lib/build-state.mjs";
import { run } from "./lib/run.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const port = process.env.PORT || "3000";

await run("node_modules/.bin/tsx", ["scripts/db/migrate.ts"]);
await run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
if (buildIsStale()) {
  console.log("[start] building the application (first start or sources changed) ...");
  await run("node", ["scripts/prisma-generate.mjs"]);
  await run("node_modules/.bin/next", ["build"]);
}
console.log(`[start] 天水市智慧金融服务平台 → http://localhost:${port}`);
await run("node", ["scripts/serve.mjs", port]);

// The server Playwright tests: a fresh database (given by scripts/test.mjs through
// DATABASE_URL or PGLITE_DATA_DIR, else a new PGlite directory), migrated and seeded,
// then scripts/serve.mjs on PORT. Never the developer's .data/.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { buildIsStale } from "./lib/build-state.mjs";
import { run } from "./lib/run.mjs";
import { startUploadthingIngest } from "../tests/helpers/uploadthing-ingest.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// The tests use the demo: /dev/sms, the SSO mock's identities, development keys (lib/env.ts).
process.env.DEMO_MODE ??= "1";
if (!process.env.DATABASE_URL && !process.env.PGLITE_DATA_DIR) {
  process.env.PGLITE_DATA_DIR = path.resolve(".test-data", `e2e-${Date.now()}`);
  mkdirSync(process.env.PGLITE_DATA_DIR, { recursive: true });
}
// Public images go through UploadThing's protocol, to a local stand-in of its servers (the browser side,
// signed URLs, the signed callback, deletion): tests/helpers/uploadthing-ingest.mjs. E2E_UPLOADTHING=0 keeps
// them on POST /uploads. Files posted without JavaScript always go to our own storage.
if (!process.env.UPLOADTHING_TOKEN && process.env.E2E_UPLOADTHING !== "0") {
  const ingest = await startUploadthingIngest();
  Object.assign(process.env, ingest.env);
}
await run("node_modules/.bin/tsx", ["scripts/db/migrate.ts"]);
await run("node_modules/.bin/tsx", ["prisma/seed.ts"]);
if (buildIsStale()) await run("node_modules/.bin/next", ["build"]);
// The production server of npm start (scripts/serve.mjs: the socket address is the client address).
await run("node", ["scripts/serve.mjs", process.env.PORT ?? "3100"]);

// Used by `npm run dev`: bring the database up to date and seed it when empty.
import { run } from "./lib/run.mjs";

await run("node_modules/.bin/tsx", ["scripts/db/migrate.ts"]);
await run("node_modules/.bin/tsx", ["prisma/seed.ts"]);

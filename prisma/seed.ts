// npm run db:seed [-- --products N --applications N --users N]
// Idempotent: every row has a stable key (seedId / unique name / phone) and is inserted with
// ON CONFLICT DO NOTHING, so a second run reports "already present" and changes nothing.
// A production deployment (APP_ENV=production) seeds reference data (institutions) only.
import { databaseTarget } from "@/lib/db/config";
import { closePglite } from "@/lib/db/pglite";
import { db, disconnectDb } from "@/lib/db";
import { isProductionDeployment } from "@/lib/env";
import { parseScaleArgs, seedScale } from "./seed/scale";
import { SEED_STEPS } from "./seed/steps";

const production = isProductionDeployment();
const scale = parseScaleArgs(process.argv.slice(2));
const started = Date.now();

try {
  const target = databaseTarget();
  console.log(`[seed] ${target.kind === "pglite" ? `PGlite ${target.dataDir}` : "PostgreSQL server"}${production ? " (production: reference data only)" : ""}`);
  for (const step of SEED_STEPS) {
    if (production && !step.production) continue;
    await step.run(db);
  }
  if (scale) {
    if (production) throw new Error("Scale mode adds synthetic benchmark rows and is refused when APP_ENV=production");
    await seedScale(scale);
  }
  console.log(`[seed] done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
} catch (error) {
  console.error("[seed] failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  const target = databaseTarget();
  if (target.kind === "pglite") await closePglite(target.dataDir);
}

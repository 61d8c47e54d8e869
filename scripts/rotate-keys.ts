// npm run keys:rotate: re-encrypts every encrypted column and file with the active key of DATA_ENCRYPTION_KEYS and
// recomputes the blind indexes that can be recomputed with the active key of BLIND_INDEX_KEYS (lib/crypto/rotate.ts;
// outside a production deployment also those of the seeded reference tables, prisma/seed). The procedure (add the
// new key, deploy, put it first, deploy, rotate, remove the old key): docs/security.md, "Key rotation".
// Idempotent: run it again until it reports nothing to do and no failure.
import { rotateKeys } from "@/lib/crypto/rotate";
import { databaseTarget } from "@/lib/db/config";
import { db, disconnectDb } from "@/lib/db";
import { closePglite } from "@/lib/db/pglite";
import { isProductionDeployment } from "@/lib/env";
import { reindexGovData } from "@/prisma/seed/gov-data";
import { reindexRegistry } from "@/prisma/seed/registry";

try {
  const report = await rotateKeys({ log: (line) => console.log(`[keys:rotate] ${line}`) });
  const rotated = Object.values(report.rotated).reduce((a, b) => a + b, 0);
  let reindexed = Object.values(report.reindexed).reduce((a, b) => a + b, 0);
  // The local drivers' reference tables (企业认证's registry, 信用报告's government data) hold blind indexes
  // without plaintext; the seed that filled them (not in production) has it and recomputes them.
  if (!isProductionDeployment()) reindexed += (await reindexRegistry(db)) + (await reindexGovData(db));
  const failed = Object.values(report.failed).reduce((a, b) => a + b, 0);
  console.log(
    `[keys:rotate] active key ${report.activeKey}: ${rotated} value(s) re-encrypted; active blind index key ${report.activeIndexKey}: ${reindexed} index(es) recomputed; ${failed} failed`,
  );
  if (failed) {
    console.error("[keys:rotate] some values did not decrypt with the configured keys; they were left unchanged (see above)");
    process.exitCode = 1;
  }
} catch (error) {
  console.error("[keys:rotate] failed:", error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await disconnectDb();
  const target = databaseTarget();
  if (target.kind === "pglite") await closePglite(target.dataDir);
}

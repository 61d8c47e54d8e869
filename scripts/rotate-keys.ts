// npm run keys:rotate: re-encrypts every encrypted column and file with the active key of DATA_ENCRYPTION_KEYS
// (lib/crypto/rotate.ts). The procedure (add the new key first, deploy, rotate, remove the old key):
// docs/security.md, "Key rotation". Idempotent: run it again until it reports nothing to do and no failure.
import { rotateKeys } from "@/lib/crypto/rotate";
import { databaseTarget } from "@/lib/db/config";
import { disconnectDb } from "@/lib/db";
import { closePglite } from "@/lib/db/pglite";

try {
  const report = await rotateKeys({ log: (line) => console.log(`[keys:rotate] ${line}`) });
  const rotated = Object.values(report.rotated).reduce((a, b) => a + b, 0);
  const failed = Object.values(report.failed).reduce((a, b) => a + b, 0);
  console.log(`[keys:rotate] active key ${report.activeKey}: ${rotated} value(s) re-encrypted, ${failed} failed`);
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

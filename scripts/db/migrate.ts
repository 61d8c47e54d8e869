// npm run db:migrate — applies pending migrations to the configured database.
import { openRawDb } from "../../lib/db/raw";
import { applyMigrations } from "../../lib/db/migrate";
import { databaseTarget } from "../../lib/db/config";

const target = databaseTarget();
const db = await openRawDb(target);
try {
  const applied = await applyMigrations(db, (line) => console.log(`[migrate] ${line}`));
  const where = target.kind === "pglite" ? target.dataDir : "PostgreSQL server";
  console.log(`[migrate] ${applied.length} migration(s) applied (${where})`);
} finally {
  await db.close();
}

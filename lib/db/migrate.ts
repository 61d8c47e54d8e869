import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DATA_STEPS } from "./data-steps";
import type { RawDb } from "./raw";

// Applies prisma/migrations/* in order and records them in _prisma_migrations exactly as
// `prisma migrate deploy` does (same table, SHA-256 checksum of migration.sql), so either
// tool can take over a database the other one migrated. A migration with a data step
// (lib/db/data-steps.ts: work that needs the encryption keys) must be applied by this runner.
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;
const ADVISORY_LOCK = 72707369; // the key Prisma uses

export interface MigrationFileInfo {
  name: string;
  sql: string;
  checksum: string;
}

export async function readMigrations(dir = path.resolve("prisma/migrations")): Promise<MigrationFileInfo[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

// `before` (tests): stop before the named migration, as a database migrated by an older release would be.
export async function applyMigrations(db: RawDb, log: (line: string) => void = () => {}, options: { before?: string } = {}): Promise<string[]> {
  const all = await readMigrations();
  const stop = options.before ? all.findIndex((m) => m.name === options.before) : -1;
  const migrations = stop >= 0 ? all.slice(0, stop) : all;
  if (db.kind === "postgres") await db.query("SELECT pg_advisory_lock($1)", [ADVISORY_LOCK]);
  try {
    await db.exec(MIGRATIONS_TABLE);
    const rows = await db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const applied = new Map(rows.map((r) => [r.migration_name, r]));
    const done: string[] = [];
    for (const migration of migrations) {
      const previous = applied.get(migration.name);
      if (previous?.finished_at) {
        if (previous.checksum !== migration.checksum) log(`warning: ${migration.name} was edited after it was applied`);
        continue;
      }
      if (previous) throw new Error(`Migration ${migration.name} failed earlier; resolve it before migrating again`);
      const step = DATA_STEPS[migration.name];
      if (step) log(`data step before ${migration.name}: ${await step(db)} row(s)`);
      await applyOne(db, migration);
      log(`applied ${migration.name}`);
      done.push(migration.name);
    }
    return done;
  } finally {
    if (db.kind === "postgres") await db.query("SELECT pg_advisory_unlock($1)", [ADVISORY_LOCK]);
  }
}

async function applyOne(db: RawDb, migration: MigrationFileInfo): Promise<void> {
  const id = randomUUID();
  await db.query(
    `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)`,
    [id, migration.checksum, migration.name],
  );
  try {
    // One transaction per migration: a failure leaves no half-applied schema behind.
    await db.exec(`BEGIN;\n${migration.sql}\nCOMMIT;`);
  } catch (error) {
    await db.exec("ROLLBACK").catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    await db.query(`UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1`, [id, message]);
    throw new Error(`Migration ${migration.name} failed: ${message}`);
  }
  await db.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
}

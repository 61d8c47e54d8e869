import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import pg from "pg";

// Test databases never touch the developer's .data/: a PGlite directory under .test-data/,
// or a database created for this run on the server named by TEST_DATABASE_URL / DATABASE_URL.
export type TemplateDb = { kind: "pglite"; dir: string } | { kind: "postgres"; serverUrl: string; name: string };

export const TEST_DB_PREFIX = "tianshui_test_";

export function serverUrlFromEnv(): string | undefined {
  return process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || undefined;
}

export function uniqueName(prefix = TEST_DB_PREFIX): string {
  return `${prefix}${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
}

export function urlWithDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withAdminClient<T>(serverUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlWithDatabase(serverUrl, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// Migrates and seeds a database through the same commands a user runs.
export function migrateAndSeed(env: Record<string, string>): void {
  for (const script of ["scripts/db/migrate.ts", "prisma/seed.ts"]) {
    const result = spawnSync("node_modules/.bin/tsx", [script], {
      env: { ...process.env, ...env },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`${script} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

export function envFor(db: TemplateDb): Record<string, string> {
  if (db.kind === "pglite") return { PGLITE_DATA_DIR: db.dir, DATABASE_URL: "" };
  return { DATABASE_URL: urlWithDatabase(db.serverUrl, db.name) };
}

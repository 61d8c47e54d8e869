import pg from "pg";
import { databaseTarget, type DatabaseTarget } from "./config";
import { closePglite, pgliteFor } from "./pglite";

// A minimal SQL connection for the migration runner, the seed's bulk loader and tests.
export interface RawDb {
  kind: DatabaseTarget["kind"];
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export async function openRawDb(target: DatabaseTarget = databaseTarget()): Promise<RawDb> {
  if (target.kind === "pglite") {
    const db = pgliteFor(target.dataDir);
    await db.waitReady;
    return {
      kind: "pglite",
      exec: async (sql) => void (await db.exec(sql)),
      query: async <T,>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows,
      close: () => closePglite(target.dataDir),
    };
  }
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  return {
    kind: "postgres",
    exec: async (sql) => void (await client.query(sql)),
    query: async <T,>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    close: () => client.end(),
  };
}

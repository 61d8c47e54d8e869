import path from "node:path";

// One place decides which database the process talks to:
// DATABASE_URL=postgresql://… → a PostgreSQL server; otherwise embedded PGlite under .data/.
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export function databaseTarget(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  const url = env.DATABASE_URL?.trim();
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new Error("DATABASE_URL must be a postgresql:// URL");
    return { kind: "postgres", url };
  }
  return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ env.PGLITE_DATA_DIR?.trim() || ".data/pglite") };
}

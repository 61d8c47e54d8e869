import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

// PGlite is a single-process database: one instance per data directory per process,
// shared by the Prisma client and the migration runner.
const instances: Map<string, PGlite> = ((globalThis as { __pglite?: Map<string, PGlite> }).__pglite ??= new Map());

export function pgliteFor(dataDir: string): PGlite {
  let instance = instances.get(dataDir);
  if (!instance) {
    if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
    instance = new PGlite(dataDir);
    instances.set(dataDir, instance);
  }
  return instance;
}

export async function closePglite(dataDir: string): Promise<void> {
  const instance = instances.get(dataDir);
  instances.delete(dataDir);
  if (instance && !instance.closed) await instance.close();
}

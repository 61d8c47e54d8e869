// Prisma's schema engine compiled to WebAssembly, driven by an in-memory PGlite.
// This is how migrations are generated offline: no native engine, no server.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPGlite } from "pglite-prisma-adapter";

const require = createRequire(import.meta.url);

type DiffTarget =
  | { tag: "empty" }
  | { tag: "schemaDatamodel"; files: { path: string; content: string }[] }
  | {
      tag: "migrations";
      baseDir: string;
      lockfile: { path: string; content: string | null };
      shadowDbInitScript: string;
      migrationDirectories: { path: string; migrationFile: { path: string; content: { tag: "ok"; value: string } } }[];
    };

export interface SchemaEngineHandle {
  diffSql(from: DiffTarget, to: DiffTarget): Promise<string>;
}

async function loadWasmBindings() {
  const pkgDir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const bytes = await readFile(path.join(pkgDir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return bindings;
}

export async function withSchemaEngine<T>(fn: (engine: SchemaEngineHandle) => Promise<T>): Promise<T> {
  const bindings = await loadWasmBindings();
  const pglite = new PGlite();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPGlite(pglite));
  const engine = await bindings.SchemaEngine.new({ datamodels: undefined }, () => {}, factory);
  try {
    return await fn({
      async diffSql(from, to) {
        const result = await engine.diff({
          from,
          to,
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        } as never);
        return result.stdout ?? "";
      },
    });
  } finally {
    engine.free();
    await pglite.close();
  }
}

export const schemaPath = path.resolve("prisma/schema.prisma");
export const migrationsDir = path.resolve("prisma/migrations");

export async function schemaTarget(): Promise<DiffTarget> {
  return { tag: "schemaDatamodel", files: [{ path: schemaPath, content: await readFile(schemaPath, "utf8") }] };
}

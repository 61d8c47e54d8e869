import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import {
  envFor,
  migrateAndSeed,
  serverUrlFromEnv,
  TEST_DB_PREFIX,
  uniqueName,
  withAdminClient,
  type TemplateDb,
} from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    templateDb: TemplateDb;
  }
}

// Builds one migrated + seeded template per run; each test file then gets its own copy.
export default async function setup(project: TestProject) {
  const serverUrl = serverUrlFromEnv();
  const runPrefix = uniqueName(TEST_DB_PREFIX);
  let template: TemplateDb;
  if (serverUrl) {
    const name = `${runPrefix}_tpl`;
    template = { kind: "postgres", serverUrl, name };
    await withAdminClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  } else {
    const dir = path.resolve(".test-data", runPrefix, "template");
    mkdirSync(dir, { recursive: true });
    template = { kind: "pglite", dir };
  }
  migrateAndSeed(envFor(template));
  project.provide("templateDb", template);

  return async () => {
    if (template.kind === "pglite") {
      rmSync(path.dirname(template.dir), { recursive: true, force: true });
      return;
    }
    await withAdminClient(template.serverUrl, async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`${runPrefix}%`],
      );
      for (const row of rows) await client.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    });
  };
}

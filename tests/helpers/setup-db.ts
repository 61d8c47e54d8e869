import { cpSync } from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { closePglite } from "@/lib/db/pglite";
import { urlWithDatabase, withAdminClient } from "./test-database";

// Each test file works on its own copy of the seeded template database.
const template = inject("templateDb");

if (template.kind === "pglite") {
  const dir = path.join(path.dirname(template.dir), `file-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  cpSync(template.dir, dir, { recursive: true });
  process.env.DATABASE_URL = "";
  process.env.PGLITE_DATA_DIR = dir;
  afterAll(async () => {
    await disconnectDb();
    await closePglite(dir);
  });
} else {
  const name = `${template.name.replace(/_tpl$/, "")}_f${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient(template.serverUrl, async (client) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template.name}"`);
        return;
      } catch (error) {
        // Two files copying the template at the same instant: wait and retry.
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 250 + Math.random() * 500));
      }
    }
  });
  process.env.DATABASE_URL = urlWithDatabase(template.serverUrl, name);
  afterAll(async () => {
    await disconnectDb();
  });
}

// npm test: unit → integration (fresh database) → e2e (production build, own database).
// Uses embedded PGlite unless TEST_DATABASE_URL or DATABASE_URL names a PostgreSQL server,
// in which case fresh databases are created there (and dropped afterwards).
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { buildIsStale } from "./lib/build-state.mjs";
import { run } from "./lib/run.mjs";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const serverUrl = process.env.TEST_DATABASE_URL?.trim() || process.env.DATABASE_URL?.trim() || "";
const only = process.argv[2]?.split(","); // optional: unit | integration | e2e, or a comma list
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
mkdirSync("test-results", { recursive: true });

function countVitest(file) {
  if (!existsSync(file)) return;
  const r = JSON.parse(readFileSync(file, "utf8"));
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const s = JSON.parse(readFileSync(file, "utf8")).stats ?? {};
  totals.passed += (s.expected ?? 0) + (s.flaky ?? 0);
  totals.failed += s.unexpected ?? 0;
  totals.skipped += s.skipped ?? 0;
}

async function phase(name, fn) {
  if (only && !only.includes(name)) return;
  console.log(`\n=== ${name} tests ${serverUrl ? "(PostgreSQL server)" : "(embedded PGlite)"} ===`);
  try {
    await fn();
  } catch (error) {
    failures.push(name);
    console.error(`✗ ${name}: ${error.message}`);
  }
}

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function vitest(project) {
  const out = `test-results/vitest-${project}.json`;
  rmSync(out, { force: true });
  try {
    await run("node_modules/.bin/vitest", ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`]);
  } finally {
    countVitest(out);
  }
}

await phase("unit", () => vitest("unit"));
await phase("integration", () => vitest("integration"));
await phase("e2e", async () => {
  if (buildIsStale()) {
    await run("node", ["scripts/prisma-generate.mjs"]);
    await run("node_modules/.bin/next", ["build"]);
  }
  const env = { E2E_PORT: String(await freePort()) };
  let dropDatabase = async () => {};
  if (serverUrl) {
    const name = `tianshui_e2e_${Date.now().toString(36)}`;
    const admin = new URL(serverUrl);
    admin.pathname = "/postgres";
    const adminQuery = async (sql) => {
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        await client.query(sql);
      } finally {
        await client.end();
      }
    };
    await adminQuery(`CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } else {
    env.DATABASE_URL = "";
    env.PGLITE_DATA_DIR = path.resolve(".test-data", `e2e-${Date.now()}`);
  }
  const results = "test-results/e2e-results.json";
  rmSync(results, { force: true });
  try {
    await run("node_modules/.bin/playwright", ["test"], { env });
  } finally {
    countPlaywright(results);
    await dropDatabase();
    if (env.PGLITE_DATA_DIR) rmSync(env.PGLITE_DATA_DIR, { recursive: true, force: true });
  }
});

console.log(`\n${failures.length ? `✗ failed phases: ${failures.join(", ")}` : "✓ all test phases passed"}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);

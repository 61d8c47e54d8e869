// npm test: unit → integration (fresh database) → e2e (production build, own database) → instances (two
// instances of that build behind a load balancer; only with a PostgreSQL server and REDIS_URL).
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

// A fresh database on the PostgreSQL server, dropped by `drop` (only the one created here).
async function createServerDatabase(kind) {
  const name = `tianshui_${kind}_${Date.now().toString(36)}`;
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
  return { url: url.toString(), drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function vitest(project, env = {}) {
  const out = `test-results/vitest-${project}.json`;
  rmSync(out, { force: true });
  try {
    await run("node_modules/.bin/vitest", ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], { env });
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
    const created = await createServerDatabase("e2e");
    env.DATABASE_URL = created.url;
    dropDatabase = created.drop;
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

// Two instances of the build behind a load balancer, on one PostgreSQL database and one Redis
// (tests/instances). Needs both servers: a machine with only the embedded database skips it.
await phase("instances", async () => {
  const redisUrl = process.env.REDIS_URL?.trim();
  if (!serverUrl || !redisUrl) {
    console.log(`skipped: needs ${[!serverUrl && "a PostgreSQL server (TEST_DATABASE_URL or DATABASE_URL)", !redisUrl && "REDIS_URL"].filter(Boolean).join(" and ")}`);
    return;
  }
  if (buildIsStale()) {
    await run("node", ["scripts/prisma-generate.mjs"]);
    await run("node_modules/.bin/next", ["build"]);
  }
  const database = await createServerDatabase("instances");
  // Every key of this run under its own prefix, removed afterwards (nothing else on that Redis is touched).
  const prefix = `tianshui-test-${Date.now().toString(36)}-${process.pid}:`;
  try {
    const seedEnv = { DATABASE_URL: database.url, DEMO_MODE: "1" };
    await run("node_modules/.bin/tsx", ["scripts/db/migrate.ts"], { env: seedEnv });
    await run("node_modules/.bin/tsx", ["prisma/seed.ts"], { env: seedEnv });
    await vitest("instances", { INSTANCES_DATABASE_URL: database.url, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix });
  } finally {
    await database.drop();
    await removeRedisKeys(redisUrl, prefix);
  }
});

async function removeRedisKeys(url, prefix) {
  const { default: Redis } = await import("ioredis");
  const redis = new Redis(url);
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== "0");
  } finally {
    await redis.quit();
  }
}

console.log(`\n${failures.length ? `✗ failed phases: ${failures.join(", ")}` : "✓ all test phases passed"}`);
console.log(`Tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length || totals.failed ? 1 : 0);

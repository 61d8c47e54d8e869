// npm run bench: the catalogue at scale on a PostgreSQL server.
// Creates its own database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432),
// migrates and seeds it in scale mode (10,000 products, 1,000,000 applications), builds when stale,
// starts `next start` on a free port, measures with autocannon (50 connections, ~10 s per case),
// prints p50/p95/p99 and requests/s with the ratio to /contact, then stops the server and drops
// the database. Then the personal center and the institution console, signed in, for the applicant
// and the institution with the most applications (at --signed-in-connections, default 10).
// Options: --keep (keep the database), --db NAME (reuse a seeded database; implies --keep),
// --duration S, --connections N, --signed-in-connections N.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";
// @ts-expect-error plain ESM helpers of the test runner, without type declarations
import { buildIsStale } from "./lib/build-state.mjs";
// @ts-expect-error idem
import { run } from "./lib/run.mjs";
import { benchSessions } from "./lib/bench-sessions";
import { freePort, stopGroup, waitFor } from "./lib/local-server";

type Run = (command: string, args: string[], options?: { env?: Record<string, string> }) => Promise<void>;
const runCommand = run as Run;
const require = createRequire(import.meta.url);
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => AutocannonInstance;

interface AutocannonInstance extends Promise<AutocannonResult> {
  on(event: "response", fn: (client: unknown, status: number, bytes: number, ms: number) => void): void;
}
interface AutocannonResult {
  requests: { average: number; total: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const serverUrl = process.env.BENCH_DATABASE_URL?.trim() || "postgresql://postgres@127.0.0.1:5432";
const reuse = option("db");
const dbName = reuse ?? `tianshui_bench_${Date.now().toString(36)}`;
const keep = flag("keep") || Boolean(reuse);
const duration = Number(option("duration") ?? 10);
const connections = Number(option("connections") ?? 50);
const signedInConnections = Number(option("signed-in-connections") ?? 10);

const CASES: { name: string; path: string }[] = [
  { name: "/products (no filter)", path: "/products" },
  { name: "/products (3 filters)", path: "/products?type=bank&method=credit&amount=100-500" },
  { name: "/products (text search + sort)", path: `/products?q=${encodeURIComponent("贷")}&sort=rate` },
  { name: "/contact (static)", path: "/contact" },
];

function urlFor(name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin(sql: string, database = "postgres"): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}



function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function measure(base: string, path: string, opts: { cookie?: string; connections?: number } = {}) {
  const latencies: number[] = [];
  const headers = opts.cookie ? { cookie: opts.cookie } : undefined;
  const instance = autocannon({ url: base + path, connections: opts.connections ?? connections, duration, timeout: 30, headers });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    total: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

// A secret of the bench's own, so that it can mint the session cookies the server accepts.
const authSecret = randomBytes(32).toString("base64");
const env = { DATABASE_URL: urlFor(dbName), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret };
let server: ChildProcess | undefined;
try {
  if (!reuse) {
    console.log(`[bench] creating database ${dbName}`);
    await admin(`CREATE DATABASE "${dbName}"`);
    await runCommand("node_modules/.bin/tsx", ["scripts/db/migrate.ts"], { env });
    console.log("[bench] seeding the scale data (10,000 products, 1,000,000 applications) ...");
    await runCommand("node_modules/.bin/tsx", ["prisma/seed.ts", "--products", "10000", "--applications", "1000000"], { env });
    await admin("VACUUM ANALYZE", dbName);
  }
  if (buildIsStale()) {
    console.log("[bench] building ...");
    await runCommand("node", ["scripts/prisma-generate.mjs"]);
    await runCommand("node_modules/.bin/next", ["build"]);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // No -H 127.0.0.1: Next normalises 127.0.0.1 to "localhost" in the proxy's URLs, so with that
  // bind address every proxy.ts rewrite looks external and is forwarded over HTTP (docs/performance.md).
  // The load is still sent to 127.0.0.1 only.
  server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitFor(`${base}/contact`, server);
  for (const c of CASES) for (let i = 0; i < 5; i++) await fetch(base + c.path).then((r) => r.text());

  const rows: { name: string; p50: number; p95: number; p99: number; rps: number; total: number; bad: number }[] = [];
  for (const c of CASES) {
    console.log(`[bench] ${c.name}: ${connections} connections, ${duration}s ...`);
    rows.push({ name: c.name, ...(await measure(base, c.path)) });
  }
  const contact = rows.find((r) => r.name.startsWith("/contact"))!;
  console.log(`\n[bench] ${new Date().toISOString()} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ""} · node ${process.version}`);
  console.log("| case | p50 ms | p95 ms | p99 ms | req/s | vs /contact | requests | non-2xx/errors |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const ratio = (r.rps / contact.rps).toFixed(2);
    console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${ratio} | ${r.total} | ${r.bad} |`);
  }
  const products = rows.filter((r) => r.name.startsWith("/products"));
  const ok = products.every((r) => r.p95 <= 100 && r.rps >= contact.rps / 3 && r.bad === 0);
  console.log(`\n[bench] targets (p95 ≤ 100 ms, ≥ 1/3 of /contact req/s, no errors): ${ok ? "met" : "NOT met"}`);

  const { applicant, staff } = await benchSessions(urlFor(dbName), authSecret);
  const signedIn = [
    { name: "/me (overview)", path: "/me", who: applicant },
    { name: "/me/applications (申请记录)", path: "/me/applications", who: applicant },
    { name: "/me/applications page 50", path: "/me/applications?page=50", who: applicant },
    { name: "/org/applications (受理台)", path: "/org/applications", who: staff },
  ];
  console.log(`\n[bench] signed in: ${applicant.label} (${applicant.applications} applications), ${staff.label} (${staff.applications})`);
  const meRows: typeof rows = [];
  for (const c of signedIn) {
    const first = await fetch(base + c.path, { headers: { cookie: c.who.cookie }, redirect: "manual" });
    if (first.status !== 200) throw new Error(`${c.path} answered ${first.status} to the bench session`);
    await first.text();
    console.log(`[bench] ${c.name}: ${signedInConnections} connections, ${duration}s ...`);
    meRows.push({ name: c.name, ...(await measure(base, c.path, { cookie: c.who.cookie, connections: signedInConnections })) });
  }
  console.log("| case | p50 ms | p95 ms | p99 ms | req/s | requests | non-2xx/errors |");
  console.log("|---|---:|---:|---:|---:|---:|---:|");
  for (const r of meRows) {
    console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} | ${r.total} | ${r.bad} |`);
  }
  const meOk = meRows.every((r) => r.p95 <= 100 && r.bad === 0);
  console.log(`\n[bench] personal center target (p95 ≤ 100 ms, no errors): ${meOk ? "met" : "NOT met"}`);
} finally {
  stopGroup(server);
  if (!keep) {
    console.log(`[bench] dropping ${dbName}`);
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.error(e));
  } else {
    console.log(`[bench] kept database ${dbName} (reuse: npm run bench -- --db ${dbName})`);
  }
}

// npm run bench: the platform at scale on a PostgreSQL server, then the cold path on the embedded database.
// 1. Creates its own database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432), migrates and
//    seeds it in scale mode (10,000 products, 1,000,000 applications), builds when stale, starts `next start`.
// 2. Repeated listing requests and the static /contact (50 connections), the cold path (every request a filter +
//    text search combination not requested before), the cache bound (memory and .next after 10,000 distinct
//    listing URLs), 政策指南 / a policy / 金融活动, the signed-in pages at --signed-in-connections (default 10),
//    the 融资需求 matching step and an institution's demand list with 100,000 demands, 监管统计 over the
//    1,000,000 applications (repeated and with a new period each request), building a 信用报告 (all sources,
//    local driver) and the console's application page with one, and a burst of 200 signed-in users
//    registering at once for an activity with 50 places.
// 3. The cold path again on a fresh embedded PGlite database with the demo seed.
// Options: --keep (keep the database), --db NAME (reuse a seeded database; implies --keep), --duration S,
// --connections N, --signed-in-connections N, --skip-embedded, --only SECTIONS (listings,cache,signed-in,demands,statistics,credit,burst,embedded).
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
// @ts-expect-error plain ESM helpers of the test runner, without type declarations
import { buildIsStale } from "./lib/build-state.mjs";
// @ts-expect-error idem
import { run } from "./lib/run.mjs";
import { coldPaths, diskKb, distinctFilterPaths, measure, printRows, residentKb, type Row } from "./lib/bench-measure";
import { contentCases, registrationBurst } from "./lib/bench-content";
import { benchSessions } from "./lib/bench-sessions";
import { matchingStep, prepareDemandBench } from "./lib/bench-demands";
import { adminSession, coldStatisticsPaths } from "./lib/bench-statistics";
import { prepareCreditBench, reportBuilds } from "./lib/bench-credit";
import { freePort, stopGroup, waitFor } from "./lib/local-server";

type Run = (command: string, args: string[], options?: { env?: Record<string, string> }) => Promise<void>;
const runCommand = run as Run;

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
// --only listings,cache,signed-in,demands,statistics,credit,burst,embedded runs some of the sections (all by default).
const only = option("only")?.split(",");
const runs = (section: string) => !only || only.includes(section);

const REPEATED = [
  { name: "/products (no filter)", path: "/products" },
  { name: "/products (3 filters)", path: "/products?type=bank&method=credit&amount=100-500" },
  { name: "/products (text search + sort)", path: `/products?q=${encodeURIComponent("贷")}&sort=rate` },
  { name: "/ (首页)", path: "/" },
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

async function startServer(env: Record<string, string>): Promise<{ base: string; server: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  await waitFor(`${base}/contact`, server);
  return { base, server };
}

const warm = async (base: string, paths: string[], cookie?: string) => {
  for (const p of paths) for (let i = 0; i < 5; i++) await fetch(base + p, { headers: cookie ? { cookie } : {} }).then((r) => r.text());
};

function targets(label: string, rows: Row[], contact: Row, ratio: number, p95: number) {
  const ok = rows.every((r) => r.rps >= contact.rps * ratio && r.p95 <= p95 && r.bad === 0);
  console.log(`[bench] ${label} (≥ ${ratio} of /contact req/s, p95 ≤ ${p95} ms, no errors): ${ok ? "met" : "NOT met"}`);
}

const authSecret = randomBytes(32).toString("base64");
const env = { DATABASE_URL: urlFor(dbName), NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret, DEMO_MODE: "1" };
let server: ChildProcess | undefined;
try {
  if (!reuse) {
    console.log(`[bench] creating database ${dbName}`);
    await admin(`CREATE DATABASE "${dbName}"`);
  }
  // A reused database gets the migrations added since it was seeded.
  await runCommand("node_modules/.bin/tsx", ["scripts/db/migrate.ts"], { env });
  if (!reuse) {
    console.log("[bench] seeding the scale data (10,000 products, 1,000,000 applications) ...");
    await runCommand("node_modules/.bin/tsx", ["prisma/seed.ts", "--products", "10000", "--applications", "1000000"], { env });
    await admin("VACUUM ANALYZE", dbName);
  }
  if (buildIsStale()) {
    console.log("[bench] building ...");
    await runCommand("node", ["scripts/prisma-generate.mjs"]);
    await runCommand("node_modules/.bin/next", ["build"]);
  }
  const started = await startServer(env);
  server = started.server;
  const { base } = started;
  if (runs("listings")) {
    const cases = [...REPEATED, ...(await contentCases(urlFor(dbName)))];
    await warm(base, cases.map((c) => c.path));

    const rows: Row[] = [];
    for (const c of cases) {
      console.log(`[bench] ${c.name}: ${connections} connections, ${duration}s ...`);
      rows.push(await measure(c.name, base, c.path, { connections, duration }));
    }
    console.log("[bench] cold path: every request a new filter + search combination ...");
    const cold = await measure("/products (new filter + search each request)", base, "/products", { connections, duration, nextPath: coldPaths() });
    const contact = rows.find((r) => r.name.startsWith("/contact"))!;
    console.log(`\n[bench] ${new Date().toISOString()} · ${os.cpus().length} cores · ${os.cpus()[0]?.model ?? ""} · node ${process.version} · PostgreSQL`);
    printRows([...rows, cold], contact);
    targets("repeated listings", rows.filter((r) => !r.name.startsWith("/contact")), contact, 0.6, 100);
    targets("cold path", [cold], contact, 0.15, 500);
  }

  if (runs("cache")) {
    // Two rounds of 10,000 listing URLs never requested before: if the caches are bounded, the
    // second round leaves memory where the first one did and .next does not grow.
    const pid = server.pid!;
    const sizes = [{ rss: residentKb(pid), disk: diskKb(".next") }];
    for (const round of [0, 1]) {
      const paths = distinctFilterPaths(10_000, round * 10_000);
      for (let i = 0; i < paths.length; i += 20) await Promise.all(paths.slice(i, i + 20).map((p) => fetch(base + p).then((r) => r.text())));
      sizes.push({ rss: residentKb(pid), disk: diskKb(".next") });
    }
    const mb = (kb: number) => (kb / 1024).toFixed(0);
    console.log(`\n[bench] cache bound, 2 × 10,000 distinct listing URLs: resident memory ${sizes.map((s) => mb(s.rss)).join(" → ")} MB, .next ${sizes.map((s) => mb(s.disk)).join(" → ")} MB`);
  }

  if (runs("signed-in")) {
    const { applicant, staff } = await benchSessions(urlFor(dbName), authSecret);
    const signedIn = [
      { name: "/me (overview)", path: "/me", who: applicant },
      { name: "/me/applications (申请记录)", path: "/me/applications", who: applicant },
      { name: "/me/applications page 50", path: "/me/applications?page=50", who: applicant },
      { name: "/org/applications (受理台)", path: "/org/applications", who: staff },
    ];
    console.log(`\n[bench] signed in: ${applicant.label} (${applicant.applications} applications), ${staff.label} (${staff.applications})`);
    const meRows: Row[] = [];
    for (const c of signedIn) {
      const first = await fetch(base + c.path, { headers: { cookie: c.who.cookie }, redirect: "manual" });
      if (first.status !== 200) throw new Error(`${c.path} answered ${first.status} to the bench session`);
      await first.text();
      console.log(`[bench] ${c.name}: ${signedInConnections} connections, ${duration}s ...`);
      meRows.push(await measure(c.name, base, c.path, { cookie: c.who.cookie, connections: signedInConnections, duration }));
    }
    printRows(meRows);
    console.log(`[bench] signed-in pages (p95 ≤ 100 ms, no errors): ${meRows.every((r) => r.p95 <= 100 && r.bad === 0) ? "met" : "NOT met"}`);
  }

  if (runs("demands")) {
    const demands = await prepareDemandBench(urlFor(dbName), authSecret);
    console.log(`\n[bench] 融资需求: the matching step against the scale catalogue, ${demands.bank}'s list with ${demands.demands.toLocaleString("en")} demands`);
    for (const p of ["/org/demands", "/org/demands?page=20"]) await warm(base, [p], demands.staff);
    // One connection first: the time a request takes on its own, then under load.
    const demandRows: Row[] = [];
    for (const n of [1, signedInConnections]) {
      const at = `, ${n} connection${n > 1 ? "s" : ""}`;
      demandRows.push({ ...(await matchingStep(base, demands.enterprise, n, duration)), name: `发布需求 提交 → matched products (post + page)${at}` });
      for (const [name, p] of [["/org/demands (机构 融资需求)", "/org/demands"], ["/org/demands page 20", "/org/demands?page=20"]]) {
        console.log(`[bench] ${name}: ${n} connections, ${duration}s ...`);
        demandRows.push(await measure(`${name}${at}`, base, p, { cookie: demands.staff, connections: n, duration }));
      }
    }
    printRows(demandRows);
    const loaded = demandRows.filter((r) => r.name.endsWith(`${signedInConnections} connections`));
    console.log(`[bench] 融资需求 (p95 ≤ 100 ms at ${signedInConnections} connections, no errors): ${loaded.every((r) => r.p95 <= 100 && r.bad === 0) ? "met" : "NOT met"}`);
  }

  if (runs("statistics")) {
    const admin = await adminSession(urlFor(dbName), authSecret);
    console.log(`\n[bench] 监管统计 over ${admin.applications.toLocaleString("en")} applications`);
    const yearPath = "/admin/statistics?period=year";
    await warm(base, [yearPath], admin.cookie);
    const statRows: Row[] = [];
    for (const n of [1, signedInConnections]) {
      const at = `, ${n} connection${n > 1 ? "s" : ""}`;
      statRows.push(await measure(`/admin/statistics 本年 (repeated)${at}`, base, yearPath, { cookie: admin.cookie, connections: n, duration }));
      statRows.push(await measure(`/admin/statistics new 1–3 year period each request${at}`, base, yearPath, { cookie: admin.cookie, connections: n, duration, nextPath: coldStatisticsPaths() }));
    }
    printRows(statRows);
    console.log(`[bench] 监管统计 (p95 ≤ 1000 ms, no errors): ${statRows.every((r) => r.p95 <= 1000 && r.bad === 0) ? "met" : "NOT met"}`);
  }

  if (runs("credit")) {
    const credit = await prepareCreditBench(urlFor(dbName), authSecret);
    console.log(`\n[bench] 信用报告: ${credit.label}, its applicant has ${credit.applicantApplications.toLocaleString("en")} applications (the platform record)`);
    const creditRows = await reportBuilds(urlFor(dbName), credit, 200, signedInConnections);
    const page = `/org/applications/${credit.applicationId}`;
    const first = await fetch(base + page, { headers: { cookie: credit.staff }, redirect: "manual" });
    const html = await first.text();
    if (first.status !== 200 || !html.includes("信用报告") || !html.includes("纳税信用等级")) throw new Error(`${page} answered ${first.status} without the report`);
    await warm(base, [page], credit.staff);
    for (const n of [1, signedInConnections]) {
      console.log(`[bench] ${page} (信用报告): ${n} connections, ${duration}s ...`);
      creditRows.push(await measure(`/org/applications/[id] with 信用报告, ${n} connection${n > 1 ? "s" : ""}`, base, page, { cookie: credit.staff, connections: n, duration }));
    }
    printRows(creditRows);
    const build = creditRows[0];
    const console10 = creditRows[creditRows.length - 1];
    console.log(`[bench] 信用报告 build (p95 ≤ 200 ms, no errors): ${build.p95 <= 200 && build.bad === 0 ? "met" : "NOT met"}`);
    console.log(`[bench] console page with 信用报告 (p95 ≤ 100 ms at ${signedInConnections} connections, no errors): ${console10.p95 <= 100 && console10.bad === 0 ? "met" : "NOT met"}`);
  }

  if (runs("burst")) {
    console.log("\n[bench] 我要报名 burst: 200 signed-in users at once, 50 places ...");
    const burst = await registrationBurst(base, urlFor(dbName), authSecret);
    console.log(
      `[bench] burst: ${burst.succeeded} of ${burst.users} registered (rows ${burst.registered}, places booked ${burst.booked}/${burst.places}), ` +
        `p50 ${burst.p50.toFixed(0)} ms, p95 ${burst.p95.toFixed(0)} ms, errors ${burst.failed}: ` +
        `${burst.succeeded === burst.places && burst.registered === burst.places && burst.booked === burst.places && burst.failed === 0 ? "exactly the places, met" : "NOT met"}`,
    );
  }
  stopGroup(server);
  server = undefined;

  if (!flag("skip-embedded") && runs("embedded")) {
    const dir = mkdtempSync(path.join(os.tmpdir(), "tianshui-bench-pglite-"));
    const embedded = { PGLITE_DATA_DIR: dir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: authSecret, DEMO_MODE: "1" };
    try {
      await runCommand("node_modules/.bin/tsx", ["scripts/db/migrate.ts"], { env: embedded });
      await runCommand("node_modules/.bin/tsx", ["prisma/seed.ts"], { env: embedded });
      const e = await startServer(embedded);
      server = e.server;
      await warm(e.base, ["/contact", "/products"]);
      const eContact = await measure("/contact (static)", e.base, "/contact", { connections, duration });
      const eCold = await measure("/products (new filter + search each request)", e.base, "/products", { connections, duration, nextPath: coldPaths() });
      console.log(`\n[bench] embedded PGlite, demo seed`);
      printRows([eContact, eCold], eContact);
      targets("cold path, embedded", [eCold], eContact, 0.15, 500);
    } finally {
      stopGroup(server);
      server = undefined;
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  stopGroup(server);
  if (!keep) {
    console.log(`[bench] dropping ${dbName}`);
    await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`).catch((e) => console.error(e));
  } else {
    console.log(`[bench] kept database ${dbName} (reuse: npm run bench -- --db ${dbName})`);
  }
}

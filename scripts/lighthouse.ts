// npm run lighthouse: Lighthouse (mobile emulation, its default) on 首页, 金融超市 and a product page,
// each in 标准模式 and in 关怀模式 (the mode's cookie sent with the request, lib/care),
// of a production build with a freshly seeded database of its own (scripts/e2e-server.mjs), in the
// system Chromium. Prints the four category scores per page and every audit that kept a category
// below 100, against the targets of docs/performance.md (Performance ≥ 95, the others 100).
// Options: --runs N (default 3; the median Performance run of each page is reported).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { freePort, stopGroup, waitFor } from "./lib/local-server";

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const args = process.argv.slice(2);
const runsIndex = args.indexOf("--runs");
const runs = runsIndex >= 0 ? Math.max(1, Number(args[runsIndex + 1])) : 3;



type Scores = Record<(typeof CATEGORIES)[number], number>;
interface PageResult {
  scores: Scores;
  shortfalls: string[];
  metrics: string;
}

const MODES = ["standard", "care"] as const;

async function audit(url: string, chromePort: number, mode: (typeof MODES)[number]): Promise<PageResult> {
  const result = await lighthouse(url, {
    port: chromePort,
    output: "json",
    logLevel: "error",
    onlyCategories: [...CATEGORIES],
    extraHeaders: { Cookie: `ts_display_mode=${mode}` },
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Scores;
  const shortfalls: string[] = [];
  for (const c of CATEGORIES) {
    if (c === "performance") continue;
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a && a.score !== null && a.score < 1) shortfalls.push(`${c}: ${a.id} — ${a.title}`);
    }
  }
  const m = (id: string) => lhr.audits[id]?.displayValue ?? "–";
  const metrics = `FCP ${m("first-contentful-paint")}, LCP ${m("largest-contentful-paint")}, TBT ${m("total-blocking-time")}, CLS ${m("cumulative-layout-shift")}, SI ${m("speed-index")}`;
  return { scores, shortfalls, metrics };
}

const dataDir = mkdtempSync(path.join(os.tmpdir(), "tianshui-lighthouse-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn("node", ["scripts/e2e-server.mjs"], {
  env: { ...process.env, PORT: String(port), PGLITE_DATA_DIR: dataDir, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});
let chrome: chromeLauncher.LaunchedChrome | undefined;
let failed = false;
try {
  console.log("[lighthouse] preparing a fresh database and the production server ...");
  await waitFor(`${base}/contact`, server, 900); // migrating, seeding, building when stale
  const listing = await (await fetch(`${base}/products`)).text();
  const productPath = /href="(\/products\/[A-Za-z0-9_-]+)"/.exec(listing)?.[1];
  if (!productPath) throw new Error("no product link on /products");
  const pages = ["/", "/products", productPath];
  // First visits fill the route cache, as for any visitor after the first.
  for (const p of pages) await (await fetch(base + p)).text();

  chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  console.log(`\n[lighthouse] ${new Date().toISOString()} · ${os.cpus().length} cores · load ${os.loadavg()[0].toFixed(1)} · mobile emulation · median of ${runs} run(s)`);
  console.log("| page | Performance | Accessibility | Best Practices | SEO | metrics |");
  console.log("|---|---:|---:|---:|---:|---|");
  const shortfalls = new Set<string>();
  for (const mode of MODES) for (const p of pages) {
    const results: PageResult[] = [];
    for (let i = 0; i < runs; i++) results.push(await audit(base + p, chrome.port, mode));
    results.sort((a, b) => a.scores.performance - b.scores.performance);
    const median = results[Math.floor(results.length / 2)];
    const s = median.scores;
    const label = `${p}${mode === "care" ? "（关怀模式）" : ""}`;
    console.log(`| ${label} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${median.metrics} |`);
    for (const r of results) for (const f of r.shortfalls) shortfalls.add(`${label} ${f}`);
    if (CATEGORIES.some((c) => s[c] < TARGET[c])) failed = true;
  }
  for (const f of shortfalls) console.log(`[lighthouse] below 100: ${f}`);
  console.log(`\n[lighthouse] targets (Performance ≥ 95, Accessibility, Best Practices and SEO 100): ${failed ? "NOT met" : "met"}`);
} finally {
  await chrome?.kill();
  stopGroup(server);
  await new Promise((r) => setTimeout(r, 1000));
  rmSync(dataDir, { recursive: true, force: true });
}

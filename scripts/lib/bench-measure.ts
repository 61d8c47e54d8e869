// Measuring helpers of `npm run bench`: autocannon runs with exact percentiles, a stream of URLs never
// requested before, and the memory and disk a server process uses.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

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

export interface Row {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  total: number;
  bad: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface MeasureOptions {
  connections: number;
  duration: number;
  cookie?: string;
  // A new path for every request (the cold path): autocannon asks before each request.
  nextPath?: () => string;
}

export async function measure(name: string, base: string, path: string, opts: MeasureOptions): Promise<Row> {
  const latencies: number[] = [];
  const headers = opts.cookie ? { cookie: opts.cookie } : undefined;
  const requests = opts.nextPath
    ? [{ setupRequest: (req: { path: string }) => ({ ...req, path: opts.nextPath!() }) }]
    : undefined;
  const instance = autocannon({ url: base + path, connections: opts.connections, duration: opts.duration, timeout: 30, headers, requests });
  instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  const result = await instance;
  latencies.sort((a, b) => a - b);
  return {
    name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    total: result.requests.total,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

export function printRows(rows: Row[], reference?: Row): void {
  console.log(`| case | p50 ms | p95 ms | p99 ms | req/s |${reference ? " vs /contact |" : ""} requests | non-2xx/errors |`);
  console.log(`|---|---:|---:|---:|---:|${reference ? "---:|" : ""}---:|---:|`);
  for (const r of rows) {
    const ratio = reference ? ` ${(r.rps / reference.rps).toFixed(2)} |` : "";
    console.log(`| ${r.name} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.rps.toFixed(0)} |${ratio} ${r.total} | ${r.bad} |`);
  }
}

// Filter + text search combinations, each different: the long tail of real searches.
const WORDS = ["贷", "经营", "农", "创业", "小微", "惠", "信用", "快", "e", "融", "保", "担保", "企业", "个人", "助农", "税"];
const FILTERS = ["type=bank", "method=credit", "category=enterprise", "region=maiji", "amount=100-500", "term=12-24", "rate=0-5", "tag=inclusive", "feature=renewal"];
export function coldPaths(): () => string {
  let n = 0;
  return () => {
    n += 1;
    const word = WORDS[n % WORDS.length];
    const a = FILTERS[n % FILTERS.length];
    const b = FILTERS[(n * 7 + 3) % FILTERS.length];
    return `/products?q=${encodeURIComponent(`${word}${n}`.slice(0, 2 + (n % 3)))}&${a}&${b}&page=${1 + (n % 3)}&x=${n}`;
  };
}

// Filter combinations without text (the cached kind), each different: fills the cache.
export function distinctFilterPaths(count: number, from = 0): string[] {
  const paths: string[] = [];
  for (let i = from; paths.length < count; i++) {
    const picks = FILTERS.filter((_, j) => (i >> j) & 1).join("&");
    paths.push(`/products?${picks}${picks ? "&" : ""}page=${1 + Math.floor(i / 512)}`);
  }
  return paths;
}

// Resident memory of a process and its children (kB), from /proc.
export function residentKb(pid: number): number {
  const pids = [pid, ...childPids(pid)];
  let total = 0;
  for (const p of pids) {
    try {
      const match = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      total += match ? Number(match[1]) : 0;
    } catch {
      // gone
    }
  }
  return total;
}

function childPids(pid: number): number[] {
  try {
    const out = execFileSync("pgrep", ["-P", String(pid)], { encoding: "utf8" });
    const direct = out.split("\n").filter(Boolean).map(Number);
    return direct.flatMap((c) => [c, ...childPids(c)]);
  } catch {
    return [];
  }
}

export function diskKb(dir: string): number {
  try {
    return Number(execFileSync("du", ["-sk", dir], { encoding: "utf8" }).split(/\s/)[0]);
  } catch {
    return NaN;
  }
}

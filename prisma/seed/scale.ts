// Scale mode for benchmarks: `npm run db:seed -- --products 10000 --applications 1000000 --users 100000`.
// Rows are generated inside the database (INSERT … SELECT … FROM generate_series) in batches; each run adds
// that many rows on top of what is there (ids 'bench-p-N', 'bench-u-N', 'bench-a-N' continue the numbering).
import { sealApplicationFields } from "@/lib/applications/sensitive";
import { openRawDb, type RawDb } from "@/lib/db/raw";
import { seedPasswordHash } from "./accounts";
import { benchApplicationSql, benchProductSql, benchProfileSql, benchUserSql, BENCH_SETUP_SQL } from "./scale-sql";
import { makeIdNumber, rng, birthDate } from "./util";

export interface ScaleOptions {
  products: number;
  applications: number;
  users: number;
}

export function parseScaleArgs(argv: string[]): ScaleOptions | null {
  const options: ScaleOptions = { products: 0, applications: 0, users: 0 };
  let any = false;
  for (let i = 0; i < argv.length; i++) {
    const match = /^--(products|applications|users)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new Error(`Unknown argument: ${argv[i]} (expected --products N --applications N --users N)`);
    const raw = match[2] ?? argv[++i];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 9_999_999) throw new Error(`--${match[1]} needs a whole number up to 9999999, got ${raw}`);
    options[match[1] as keyof ScaleOptions] = value;
    any = true;
  }
  return any ? options : null;
}

const BATCH = { products: 5_000, users: 25_000, applications: 50_000 };

async function nextNumber(raw: RawDb, table: string, prefix: string): Promise<number> {
  const [row] = await raw.query<{ max: number | null }>(
    `SELECT max(substring(id from ${prefix.length + 1})::int) AS max FROM "${table}" WHERE id LIKE '${prefix}%'`,
  );
  return Number(row?.max ?? 0) + 1;
}

async function inBatches(label: string, total: number, size: number, first: number, run: (from: number, to: number) => Promise<void>) {
  const started = Date.now();
  for (let done = 0; done < total; done += size) {
    const from = first + done;
    const to = first + Math.min(total, done + size) - 1;
    await run(from, to);
    const count = Math.min(total, done + size);
    const seconds = (Date.now() - started) / 1000;
    console.log(`[seed:scale] ${label}: ${count.toLocaleString("en")}/${total.toLocaleString("en")} (${seconds.toFixed(1)}s)`);
  }
}

// bench_enc for applications bench-a-<from>…<to>: 身份证号, 有无被执行 (无) and both answers of 逾期情况, as
// lib/applications/sensitive.ts stores them (the SQL picks the answer by the row's status).
async function fillBenchCiphertexts(raw: RawDb, from: number, to: number, pool: string[]): Promise<void> {
  const cols: [number[], string[], string[], string[], string[]] = [[], [], [], [], []];
  for (let g = from; g <= to; g++) {
    const id = `bench-a-${g}`;
    const no = sealApplicationFields(id, { idNumber: pool[g % pool.length], annualIncome: null, currentLoanTotal: null, hasEnforcement: false, hasOverdue: false });
    const yes = sealApplicationFields(id, { annualIncome: null, currentLoanTotal: null, hasEnforcement: null, hasOverdue: true });
    cols[0].push(g);
    cols[1].push(no.idNumberEnc!);
    cols[2].push(no.hasEnforcementEnc!);
    cols[3].push(yes.hasOverdueEnc!);
    cols[4].push(no.hasOverdueEnc!);
  }
  await raw.exec("TRUNCATE bench_enc");
  await raw.query(
    `INSERT INTO bench_enc (g, id_enc, enforcement_no, overdue_yes, overdue_no) SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::text[])`,
    cols,
  );
}

export async function seedScale(options: ScaleOptions): Promise<void> {
  const started = Date.now();
  const raw = await openRawDb();
  let triggersOff = false;
  try {
    // Bulk-load settings for this session only: no wait for WAL flush; skip FK triggers when permitted
    // (superuser: the rows are generated with valid references by construction).
    await raw.exec("SET synchronous_commit = off");
    triggersOff = await raw.exec("SET session_replication_role = replica").then(() => true, () => false);
    console.log(
      `[seed:scale] adding ${options.products} products, ${options.users} users, ${options.applications} applications` +
        ` (${raw.kind}${triggersOff ? ", FK triggers skipped during the load" : ""})`,
    );
    if (options.products) {
      const first = await nextNumber(raw, "Product", "bench-p-");
      await inBatches("products", options.products, BATCH.products, first, (from, to) => raw.exec(benchProductSql(from, to)));
    }
    if (options.users) {
      const hash = await seedPasswordHash();
      const first = await nextNumber(raw, "User", "bench-u-");
      await inBatches("users", options.users, BATCH.users, first, async (from, to) => {
        await raw.query(benchUserSql(from, to), [hash]);
        await raw.exec(benchProfileSql(from, to));
      });
    }
    if (options.applications) {
      await raw.exec(BENCH_SETUP_SQL);
      // A pool of valid 身份证号 for personal applications; each row gets its own ciphertexts, bound to its id
      // (encryption happens in the app, not in SQL).
      const r = rng(20260306);
      const regions = ["QINZHOU", "MAIJI", "QINAN", "GANGU", "WUSHAN", "QINGSHUI", "ZHANGJIACHUAN"] as const;
      const pool = Array.from({ length: 1000 }, (_, i) => makeIdNumber(regions[i % 7], birthDate(r).replace(/-/g, ""), r.int(100, 999)));
      const [counts] = await raw.query<{ products: number; personal: number; enterprise: number }>(
        `SELECT (SELECT count(*) FROM bench_prod)::int AS products, (SELECT count(*) FROM bench_personal)::int AS personal,
                (SELECT count(*) FROM bench_enterprise)::int AS enterprise`,
      );
      if (!counts.products || !counts.personal || !counts.enterprise) {
        throw new Error("Scale mode needs published products and personal and enterprise applicants (run the normal seed first)");
      }
      const first = await nextNumber(raw, "LoanApplication", "bench-a-");
      await inBatches("applications (+ status history)", options.applications, BATCH.applications, first, async (from, to) => {
        await fillBenchCiphertexts(raw, from, to, pool);
        await raw.exec(benchApplicationSql(from, to, counts));
      });
      // The bulk load may have bypassed the triggers that keep 监管统计's monthly rollup (docs/statistics.md).
      console.log("[seed:scale] 监管统计 rollup");
      await raw.exec("SELECT statistics_rebuild()");
    }
    console.log("[seed:scale] ANALYZE");
    await raw.exec("ANALYZE");
    console.log(`[seed:scale] done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  } finally {
    if (triggersOff) await raw.exec("RESET session_replication_role").catch(() => undefined);
    await raw.exec("RESET synchronous_commit").catch(() => undefined);
    // PGlite: the raw connection shares the instance with Prisma; seed.ts closes it after disconnecting.
    if (raw.kind === "postgres") await raw.close();
  }
}

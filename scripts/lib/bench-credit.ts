// The 信用报告 cases of `npm run bench`: building a report with all five sources on the local driver (in this
// process, against the bench database: the consent rule, the five source reads, the grade, the platform record
// of an applicant with tens of thousands of applications, the snapshot, the request log and the audit row), and
// the console's application page with a report on it.
import pg from "pg";
import { mintSession } from "./bench-sessions";
import type { Row } from "./bench-measure";

export interface CreditBenchSetup {
  applicationId: string;
  institutionId: string;
  staff: string; // session cookie of a staff member of the institution the application was sent to
  label: string;
  applicantApplications: number;
}

// An enterprise application of the busiest enterprise applicant that has government data, sent to an
// institution with staff; its 《用户授权协议》 consent is added when the scale seed did not store one.
export async function prepareCreditBench(databaseUrl: string, secret: string): Promise<CreditBenchSetup> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows: [app] } = await client.query<{ id: string; number: string; applicantId: string; institutionId: string; staff: string; n: number }>(
      `WITH top AS (
         SELECT "applicantId", count(*)::int AS n FROM "LoanApplication" WHERE "applicantType" = 'ENTERPRISE' GROUP BY 1 ORDER BY n DESC LIMIT 5)
       SELECT a.id, a.number, a."applicantId", a."institutionId", u.id AS staff, top.n FROM top
       JOIN LATERAL (SELECT * FROM "LoanApplication" x WHERE x."applicantId" = top."applicantId" AND x."institutionId" IS NOT NULL
                     AND EXISTS (SELECT 1 FROM "GovDataRecord" g WHERE g."subjectKey" = x.uscc) ORDER BY x."submittedAt" DESC LIMIT 1) a ON true
       JOIN LATERAL (SELECT id FROM "User" WHERE role = 'STAFF' AND "institutionId" = a."institutionId" AND status = 'ACTIVE' ORDER BY phone LIMIT 1) u ON true
       ORDER BY top.n DESC LIMIT 1`,
    );
    if (!app) throw new Error("the bench database has no enterprise application with government data and staff");
    await client.query(
      `INSERT INTO "Consent" (id, "userId", agreement, version, "acceptedAt", context)
       SELECT $1, $2, 'USER_AUTHORIZATION', '2020-07', now(), $3
       WHERE NOT EXISTS (SELECT 1 FROM "Consent" WHERE "userId" = $2 AND agreement = 'USER_AUTHORIZATION' AND context = $3 AND "withdrawnAt" IS NULL)`,
      [`bench-consent-${app.id}`, app.applicantId, `application:${app.id}`],
    );
    return {
      applicationId: app.id,
      institutionId: app.institutionId,
      staff: await mintSession(client, secret, app.staff),
      label: `application ${app.number}`,
      applicantApplications: app.n,
    };
  } finally {
    await client.end();
  }
}

// Builds `count` reports one after another (as submissions do), then `count` more at `connections` at once.
export async function reportBuilds(databaseUrl: string, setup: CreditBenchSetup, count: number, connections: number): Promise<Row[]> {
  process.env.DATABASE_URL = databaseUrl; // read on the first query (lib/db.ts)
  const { authorizePull } = await import("../../lib/credit/authorization");
  const { buildCreditReport } = await import("../../lib/credit/build");
  const { localSources } = await import("../../lib/services/gov-data/drivers/local");
  const { disconnectDb } = await import("../../lib/db");
  const once = async () => {
    const auth = await authorizePull(setup.applicationId, setup.institutionId, () => true);
    const built = await buildCreditReport(auth, "SUBMISSION", null, { sources: localSources(), timeoutMs: 3000 });
    if (built.partial) throw new Error("a local source did not answer");
  };
  const run = async (name: string, n: number): Promise<Row> => {
    const latencies: number[] = [];
    let bad = 0;
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next++ < count) {
        const t = performance.now();
        try {
          await once();
          latencies.push(performance.now() - t);
        } catch (error) {
          if (bad++ === 0) console.error("[bench] report build failed:", error);
        }
      }
    };
    await Promise.all(Array.from({ length: n }, worker));
    const seconds = (performance.now() - started) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.ceil((p / 100) * latencies.length) - 1)] ?? NaN;
    return { name, p50: at(50), p95: at(95), p99: at(99), rps: latencies.length / seconds, total: latencies.length, bad };
  };
  try {
    await once(); // warm the connection pool and the modules
    return [
      await run(`信用报告 build, all 5 sources (local), 1 at a time`, 1),
      await run(`信用报告 build, all 5 sources (local), ${connections} at once`, connections),
    ];
  } finally {
    await disconnectDb();
  }
}

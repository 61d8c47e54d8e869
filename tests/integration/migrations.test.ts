import { describe, expect, it } from "vitest";
import { openApplicationFields } from "@/lib/applications/sensitive";
import { applyMigrations, readMigrations } from "@/lib/db/migrate";
import { openRawDb, type RawDb } from "@/lib/db/raw";
import { schemaTarget, withSchemaEngine } from "../../scripts/db/schema-engine";
import { describeCatalogue } from "../helpers/catalogue";
import { serverUrlFromEnv, uniqueName, urlWithDatabase, withAdminClient } from "../helpers/test-database";

// Two empty databases of the same kind as the run (PGlite in memory, or new databases on
// the server): one gets prisma/migrations, the other the full `empty → schema.prisma` diff.
async function emptyDatabase(): Promise<{ db: RawDb; drop: () => Promise<void> }> {
  const serverUrl = serverUrlFromEnv();
  if (!serverUrl) {
    const db = await openRawDb({ kind: "pglite", dataDir: `memory://${uniqueName("m")}` });
    return { db, drop: () => db.close() };
  }
  const name = uniqueName("tianshui_test_mig_");
  await withAdminClient(serverUrl, (c) => c.query(`CREATE DATABASE "${name}"`));
  const db = await openRawDb({ kind: "postgres", url: urlWithDatabase(serverUrl, name) });
  return {
    db,
    drop: async () => {
      await db.close();
      await withAdminClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

describe("migrations", () => {
  it("produce exactly the database that schema.prisma describes", async () => {
    const fromMigrations = await emptyDatabase();
    const fromSchema = await emptyDatabase();
    try {
      await applyMigrations(fromMigrations.db);
      const fullSql = await withSchemaEngine(async (engine) => engine.diffSql({ tag: "empty" }, await schemaTarget()));
      await fromSchema.db.exec(fullSql);

      const expected = await describeCatalogue(fromSchema.db);
      const actual = await describeCatalogue(fromMigrations.db);
      expect(expected.columns.length).toBeGreaterThan(100);
      const { guards, ...fromMigrationFiles } = actual;
      const { guards: none, ...fromSchemaDiff } = expected;
      expect(fromMigrationFiles).toEqual(fromSchemaDiff);
      expect(none).toEqual([]);
      // The hand-written guards exist only in the migrations.
      expect(guards.map((g) => g.conname).sort()).toEqual(["guard_activity_places", "guard_credit_report_subject", "guard_demand_rates", "guard_demand_taker", "guard_gov_request_subject", "guard_meeting_one_target", "guard_meeting_open_key", "guard_registration_attendees"]);
    } finally {
      await fromMigrations.drop();
      await fromSchema.drop();
    }
  });

  it("encrypt the plain 目前贷款总额, 有无被执行 and 逾期情况 of existing rows before dropping their columns (data step)", async () => {
    const target = await emptyDatabase();
    try {
      await applyMigrations(target.db, () => {}, { before: "20261203053100_application_risk_plain_dropped" });
      await target.db.exec(`INSERT INTO "User" (id, phone, role, "updatedAt") VALUES ('cuser1', '13900000001', 'PERSONAL', now())`);
      await target.db.exec(`INSERT INTO "LoanApplication" (id, number, "applicantId", "applicantType", amount, "termMonths", "currentLoanTotal", "hasEnforcement", "hasOverdue", "updatedAt")
        VALUES ('capp1', 'SQ2026120300000001', 'cuser1', 'PERSONAL', 20, 12, 3.50, false, true, now()),
               ('capp2', 'SQ2026120300000002', 'cuser1', 'PERSONAL', 20, 12, NULL, NULL, NULL, now())`);
      const lines: string[] = [];
      await applyMigrations(target.db, (line) => lines.push(line));
      expect(lines).toContain("data step before 20261203053100_application_risk_plain_dropped: 1 row(s)");
      const rows = await target.db.query<{ id: string; currentLoanTotalEnc: string | null; hasEnforcementEnc: string | null; hasOverdueEnc: string | null }>(
        `SELECT id, "currentLoanTotalEnc", "hasEnforcementEnc", "hasOverdueEnc" FROM "LoanApplication" ORDER BY id`,
      );
      expect(openApplicationFields(rows[0])).toMatchObject({ currentLoanTotal: "3.5", hasEnforcement: false, hasOverdue: true });
      expect(rows[1]).toMatchObject({ currentLoanTotalEnc: null, hasEnforcementEnc: null, hasOverdueEnc: null });
      const plain = await target.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'LoanApplication' AND column_name IN ('currentLoanTotal', 'hasEnforcement', 'hasOverdue')`);
      expect(plain).toEqual([]);
    } finally {
      await target.drop();
    }
  });

  it("are recorded in _prisma_migrations with Prisma's SHA-256 checksums, once", async () => {
    const target = await emptyDatabase();
    try {
      const first = await applyMigrations(target.db);
      const second = await applyMigrations(target.db);
      const files = await readMigrations();
      expect(first).toEqual(files.map((f) => f.name));
      expect(second).toEqual([]);
      const rows = await target.db.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
        `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
      expect(rows.every((r) => r.finished_at !== null)).toBe(true);
      expect(files[0].checksum).toMatch(/^[0-9a-f]{64}$/);
    } finally {
      await target.drop();
    }
  });
});

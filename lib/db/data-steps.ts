import { sealApplicationFields } from "@/lib/applications/sensitive";
import type { RawDb } from "./raw";

// Data steps: what a migration cannot do in SQL because it needs the application's keys. Each runs right
// before the migration it is named after (only while that migration is pending) and is idempotent, so a
// failed run is simply repeated. It returns the number of rows it changed.
type DataStep = (db: RawDb) => Promise<number>;

const BATCH = 500;

// 目前贷款总额, 有无被执行, 逾期情况 (issue 13, fix 10): encrypt the plain values into the *Enc columns (added by
// 20261203053000_application_risk_encrypted) before the plain columns are dropped.
async function encryptApplicationRisk(db: RawDb): Promise<number> {
  let after = "";
  let changed = 0;
  for (;;) {
    const rows = await db.query<{ id: string; total: string | null; enforcement: boolean | null; overdue: boolean | null }>(
      `SELECT id, "currentLoanTotal"::text AS total, "hasEnforcement" AS enforcement, "hasOverdue" AS overdue
         FROM "LoanApplication"
        WHERE id > $1 AND ("currentLoanTotal" IS NOT NULL OR "hasEnforcement" IS NOT NULL OR "hasOverdue" IS NOT NULL)
          AND "currentLoanTotalEnc" IS NULL AND "hasEnforcementEnc" IS NULL AND "hasOverdueEnc" IS NULL
        ORDER BY id LIMIT ${BATCH}`,
      [after],
    );
    if (rows.length === 0) return changed;
    for (const r of rows) {
      const sealed = sealApplicationFields(r.id, {
        annualIncome: null,
        currentLoanTotal: r.total === null ? null : plainAmount(r.total),
        hasEnforcement: r.enforcement,
        hasOverdue: r.overdue,
      });
      await db.query(`UPDATE "LoanApplication" SET "currentLoanTotalEnc" = $2, "hasEnforcementEnc" = $3, "hasOverdueEnc" = $4 WHERE id = $1`, [
        r.id,
        sealed.currentLoanTotalEnc,
        sealed.hasEnforcementEnc,
        sealed.hasOverdueEnc,
      ]);
      changed++;
    }
    after = rows[rows.length - 1].id;
  }
}

// 3.00 → 3, 2.50 → 2.5: what the form stores (optionalAmountSchema) and Prisma's Decimal printed.
export function plainAmount(value: string): string {
  return value.includes(".") ? value.replace(/\.?0+$/, "") : value;
}

export const DATA_STEPS: Record<string, DataStep> = {
  "20261203053100_application_risk_plain_dropped": encryptApplicationRisk,
};

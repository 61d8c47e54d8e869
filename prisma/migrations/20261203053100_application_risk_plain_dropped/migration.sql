-- The plain columns, once lib/db/data-steps.ts has encrypted their values into the *Enc columns.

-- AlterTable
ALTER TABLE "LoanApplication" DROP COLUMN "currentLoanTotal",
DROP COLUMN "hasEnforcement",
DROP COLUMN "hasOverdue";

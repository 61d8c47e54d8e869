-- 目前贷款总额, 有无被执行, 逾期情况 encrypted (issue 13, fix 10). The values of existing rows are encrypted by the
-- data step of lib/db/data-steps.ts (it needs the key, SQL cannot) before the next migration drops the plain columns.

-- AlterTable
ALTER TABLE "LoanApplication" ADD COLUMN     "currentLoanTotalEnc" TEXT,
ADD COLUMN     "hasEnforcementEnc" TEXT,
ADD COLUMN     "hasOverdueEnc" TEXT;

-- DropIndex
DROP INDEX "LoanApplication_approvedAt_idx";

-- DropIndex
DROP INDEX "LoanApplication_disbursedAt_idx";

-- DropIndex
DROP INDEX "LoanApplication_submittedAt_idx";

-- CreateIndex
CREATE INDEX "LoanApplication_submittedAt_institutionId_district_status_f_idx" ON "LoanApplication"("submittedAt", "institutionId", "district", "status", "firstRespondedAt");

-- CreateIndex
CREATE INDEX "LoanApplication_approvedAt_institutionId_district_approvedA_idx" ON "LoanApplication"("approvedAt", "institutionId", "district", "approvedAmount", "submittedAt");

-- CreateIndex
CREATE INDEX "LoanApplication_disbursedAt_institutionId_district_disburse_idx" ON "LoanApplication"("disbursedAt", "institutionId", "district", "disbursedAmount", "submittedAt");

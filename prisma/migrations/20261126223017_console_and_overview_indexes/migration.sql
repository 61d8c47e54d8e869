-- CreateIndex
CREATE INDEX "LoanApplication_applicantId_updatedAt_idx" ON "LoanApplication"("applicantId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "LoanApplication_institutionId_submittedAt_idx" ON "LoanApplication"("institutionId", "submittedAt" DESC);

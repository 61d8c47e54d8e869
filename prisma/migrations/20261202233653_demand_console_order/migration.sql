-- CreateIndex
CREATE INDEX "FinancingDemand_takenByInstitutionId_createdAt_idx" ON "FinancingDemand"("takenByInstitutionId", "createdAt" DESC);

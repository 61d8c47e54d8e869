-- AlterTable
ALTER TABLE "CreditReport" ADD COLUMN     "demandId" TEXT,
ALTER COLUMN "applicationId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "GovDataRequest" ADD COLUMN     "demandId" TEXT,
ALTER COLUMN "applicationId" DROP NOT NULL;

-- CreateIndex
CREATE INDEX "CreditReport_demandId_institutionId_createdAt_idx" ON "CreditReport"("demandId", "institutionId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "GovDataRequest_demandId_createdAt_idx" ON "GovDataRequest"("demandId", "createdAt");

-- CreateIndex
CREATE INDEX "GovDataRequest_createdAt_idx" ON "GovDataRequest"("createdAt" DESC);

-- CreateIndex
CREATE INDEX "GovDataRequest_source_createdAt_idx" ON "GovDataRequest"("source", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "CreditReport" ADD CONSTRAINT "CreditReport_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "FinancingDemand"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A report (and a source request) is for exactly one of: a loan application, a 融资需求.
ALTER TABLE "CreditReport" ADD CONSTRAINT "guard_credit_report_subject" CHECK (("applicationId" IS NULL) <> ("demandId" IS NULL));
ALTER TABLE "GovDataRequest" ADD CONSTRAINT "guard_gov_request_subject" CHECK (("applicationId" IS NULL) <> ("demandId" IS NULL));

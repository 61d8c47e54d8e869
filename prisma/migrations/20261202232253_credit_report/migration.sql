-- CreateEnum
CREATE TYPE "GovSourceKind" AS ENUM ('BUSINESS', 'TAX', 'SOCIAL', 'JUDICIAL', 'PENALTY');

-- CreateEnum
CREATE TYPE "CreditReportTrigger" AS ENUM ('SUBMISSION', 'REFRESH');

-- AlterTable
ALTER TABLE "Consent" ADD COLUMN     "withdrawnAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "GovDataRecord" (
    "id" TEXT NOT NULL,
    "source" "GovSourceKind" NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "dataTime" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovDataRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CreditReport" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "consentId" TEXT NOT NULL,
    "authorizationRef" TEXT NOT NULL,
    "trigger" "CreditReportTrigger" NOT NULL,
    "requestedById" TEXT,
    "partial" BOOLEAN NOT NULL,
    "score" INTEGER NOT NULL,
    "grade" TEXT NOT NULL,
    "sources" JSONB NOT NULL,
    "platformRecord" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GovDataRequest" (
    "id" TEXT NOT NULL,
    "reportId" TEXT,
    "applicationId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "source" "GovSourceKind" NOT NULL,
    "driver" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "authorizationRef" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GovDataRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GovDataRecord_source_subjectKey_key" ON "GovDataRecord"("source", "subjectKey");

-- CreateIndex
CREATE INDEX "CreditReport_applicationId_institutionId_createdAt_idx" ON "CreditReport"("applicationId", "institutionId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "GovDataRequest_applicationId_createdAt_idx" ON "GovDataRequest"("applicationId", "createdAt");

-- CreateIndex
CREATE INDEX "GovDataRequest_authorizationRef_idx" ON "GovDataRequest"("authorizationRef");

-- AddForeignKey
ALTER TABLE "CreditReport" ADD CONSTRAINT "CreditReport_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditReport" ADD CONSTRAINT "CreditReport_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A 信用报告 is an immutable snapshot, and the log of source requests is append-only:
-- refuse any UPDATE (docs/credit-report.md).
CREATE OR REPLACE FUNCTION "credit_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% rows are immutable', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "CreditReport_immutable"
  BEFORE UPDATE ON "CreditReport"
  FOR EACH ROW EXECUTE FUNCTION "credit_append_only"();

CREATE TRIGGER "GovDataRequest_append_only"
  BEFORE UPDATE ON "GovDataRequest"
  FOR EACH ROW EXECUTE FUNCTION "credit_append_only"();

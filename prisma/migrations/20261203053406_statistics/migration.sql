-- AlterTable
ALTER TABLE "LoanApplication" ADD COLUMN     "approvedAt" TIMESTAMP(3),
ADD COLUMN     "disbursedAt" TIMESTAMP(3),
ADD COLUMN     "firstRespondedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "LoanApplication_submittedAt_idx" ON "LoanApplication"("submittedAt");

-- CreateIndex
CREATE INDEX "LoanApplication_approvedAt_idx" ON "LoanApplication"("approvedAt");

-- CreateIndex
CREATE INDEX "LoanApplication_disbursedAt_idx" ON "LoanApplication"("disbursedAt");

-- Backfill from the append-only status history.
UPDATE "LoanApplication" a SET
  "firstRespondedAt" = h.first_response,
  "approvedAt" = h.approved,
  "disbursedAt" = h.disbursed
FROM (
  SELECT "applicationId",
    min("createdAt") FILTER (WHERE "toStatus" IN ('ACCEPTED', 'REJECTED', 'RETURNED')) AS first_response,
    max("createdAt") FILTER (WHERE "toStatus" = 'APPROVED') AS approved,
    max("createdAt") FILTER (WHERE "toStatus" = 'DISBURSED') AS disbursed
  FROM "ApplicationStatusChange" GROUP BY "applicationId"
) h
WHERE h."applicationId" = a.id;

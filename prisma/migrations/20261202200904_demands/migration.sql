-- AlterTable
ALTER TABLE "DemandStatusChange" ADD COLUMN     "actorRole" "Role",
ADD COLUMN     "amount" DECIMAL(14,2),
ADD COLUMN     "event" TEXT,
ADD COLUMN     "institutionId" TEXT;

-- AlterTable
ALTER TABLE "FinancingDemand" ADD COLUMN     "idempotencyKey" TEXT,
ADD COLUMN     "overdueAt" TIMESTAMP(3),
ADD COLUMN     "responseDueAt" TIMESTAMP(3),
ADD COLUMN     "takenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DemandDecline" (
    "demandId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandDecline_pkey" PRIMARY KEY ("demandId","institutionId")
);

-- CreateIndex
CREATE INDEX "DemandDecline_institutionId_idx" ON "DemandDecline"("institutionId");

-- CreateIndex
CREATE UNIQUE INDEX "FinancingDemand_idempotencyKey_key" ON "FinancingDemand"("idempotencyKey");

-- CreateIndex
CREATE INDEX "FinancingDemand_anyInstitution_status_createdAt_idx" ON "FinancingDemand"("anyInstitution", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "FinancingDemand_status_responseDueAt_idx" ON "FinancingDemand"("status", "responseDueAt");

-- AddForeignKey
ALTER TABLE "DemandDecline" ADD CONSTRAINT "DemandDecline_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "FinancingDemand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandDecline" ADD CONSTRAINT "DemandDecline_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Guards schema.prisma cannot express (named guard_*; tests/helpers/catalogue.ts lists them apart):
-- 期望利率 from ≤ to within 0–36 %, and a demand 对接中 or 对接成功 always names the institution that took it.
ALTER TABLE "FinancingDemand" ADD CONSTRAINT "guard_demand_rates" CHECK ("rateFrom" >= 0 AND "rateFrom" <= "rateTo" AND "rateTo" <= 36);
ALTER TABLE "FinancingDemand" ADD CONSTRAINT "guard_demand_taker" CHECK ("status" NOT IN ('IN_PROGRESS', 'MATCHED') OR "takenByInstitutionId" IS NOT NULL);

-- Demand history is append-only, like the applications' ("actorId" may still be cleared by ON DELETE SET NULL).
CREATE OR REPLACE FUNCTION "demand_status_change_append_only"() RETURNS trigger AS $$
BEGIN
  IF NEW."id" IS DISTINCT FROM OLD."id"
     OR NEW."demandId" IS DISTINCT FROM OLD."demandId"
     OR NEW."fromStatus" IS DISTINCT FROM OLD."fromStatus"
     OR NEW."toStatus" IS DISTINCT FROM OLD."toStatus"
     OR NEW."event" IS DISTINCT FROM OLD."event"
     OR NEW."actorRole" IS DISTINCT FROM OLD."actorRole"
     OR NEW."institutionId" IS DISTINCT FROM OLD."institutionId"
     OR NEW."comment" IS DISTINCT FROM OLD."comment"
     OR NEW."amount" IS DISTINCT FROM OLD."amount"
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
     OR (NEW."actorId" IS DISTINCT FROM OLD."actorId" AND NEW."actorId" IS NOT NULL) THEN
    RAISE EXCEPTION 'DemandStatusChange rows are append-only';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "DemandStatusChange_append_only"
  BEFORE UPDATE ON "DemandStatusChange"
  FOR EACH ROW EXECUTE FUNCTION "demand_status_change_append_only"();

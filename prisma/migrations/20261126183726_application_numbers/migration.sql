-- CreateTable
CREATE TABLE "NumberSequence" (
    "key" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NumberSequence_pkey" PRIMARY KEY ("key")
);

-- Status history is append-only: refuse any UPDATE that changes a recorded fact.
-- ("actorId" may still be cleared by ON DELETE SET NULL when an account is removed.)
CREATE OR REPLACE FUNCTION "application_status_change_append_only"() RETURNS trigger AS $$
BEGIN
  IF NEW."id" IS DISTINCT FROM OLD."id"
     OR NEW."applicationId" IS DISTINCT FROM OLD."applicationId"
     OR NEW."fromStatus" IS DISTINCT FROM OLD."fromStatus"
     OR NEW."toStatus" IS DISTINCT FROM OLD."toStatus"
     OR NEW."actorRole" IS DISTINCT FROM OLD."actorRole"
     OR NEW."comment" IS DISTINCT FROM OLD."comment"
     OR NEW."amount" IS DISTINCT FROM OLD."amount"
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
     OR (NEW."actorId" IS DISTINCT FROM OLD."actorId" AND NEW."actorId" IS NOT NULL) THEN
    RAISE EXCEPTION 'ApplicationStatusChange rows are append-only';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ApplicationStatusChange_append_only"
  BEFORE UPDATE ON "ApplicationStatusChange"
  FOR EACH ROW EXECUTE FUNCTION "application_status_change_append_only"();

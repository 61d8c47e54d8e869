-- CreateEnum
CREATE TYPE "EquityProjectEventKind" AS ENUM ('SUBMITTED', 'RESUBMITTED', 'APPROVED', 'REJECTED', 'ARCHIVED');

-- AlterTable
ALTER TABLE "MeetingRequest" ADD COLUMN     "handledById" TEXT,
ADD COLUMN     "meetingAt" TIMESTAMP(3),
ADD COLUMN     "meetingPlace" TEXT,
ADD COLUMN     "openKey" TEXT,
ADD COLUMN     "requesterInstitutionId" TEXT,
ADD COLUMN     "subject" TEXT;

-- CreateTable
CREATE TABLE "EquityProjectEvent" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "kind" "EquityProjectEventKind" NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EquityProjectEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundCase" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FundCase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquityPlanView" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "viewerId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EquityPlanView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EquityProjectEvent_projectId_createdAt_idx" ON "EquityProjectEvent"("projectId", "createdAt");

-- CreateIndex
CREATE INDEX "FundCase_institutionId_position_idx" ON "FundCase"("institutionId", "position");

-- CreateIndex
CREATE INDEX "EquityPlanView_projectId_createdAt_idx" ON "EquityPlanView"("projectId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRequest_openKey_key" ON "MeetingRequest"("openKey");

-- CreateIndex
CREATE INDEX "MeetingRequest_requesterInstitutionId_createdAt_idx" ON "MeetingRequest"("requesterInstitutionId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "EquityProjectEvent" ADD CONSTRAINT "EquityProjectEvent_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "EquityProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityProjectEvent" ADD CONSTRAINT "EquityProjectEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundCase" ADD CONSTRAINT "FundCase_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityPlanView" ADD CONSTRAINT "EquityPlanView_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "EquityProject"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityPlanView" ADD CONSTRAINT "EquityPlanView_viewerId_fkey" FOREIGN KEY ("viewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityPlanView" ADD CONSTRAINT "EquityPlanView_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_requesterInstitutionId_fkey" FOREIGN KEY ("requesterInstitutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Guards schema.prisma cannot express (named guard_*; tests/helpers/catalogue.ts lists them apart):
-- a 约谈 asks exactly one party (a project or a fund), and only an open request holds the "one open per target" key.
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "guard_meeting_one_target" CHECK (("projectId" IS NULL) <> ("institutionId" IS NULL));
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "guard_meeting_open_key" CHECK ("openKey" IS NULL OR "status" IN ('PENDING', 'ACCEPTED'));

-- A project's history is append-only ("actorId" may still be cleared by ON DELETE SET NULL).
CREATE OR REPLACE FUNCTION "equity_project_event_append_only"() RETURNS trigger AS $$
BEGIN
  IF NEW."id" IS DISTINCT FROM OLD."id"
     OR NEW."projectId" IS DISTINCT FROM OLD."projectId"
     OR NEW."kind" IS DISTINCT FROM OLD."kind"
     OR NEW."comment" IS DISTINCT FROM OLD."comment"
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
     OR (NEW."actorId" IS DISTINCT FROM OLD."actorId" AND NEW."actorId" IS NOT NULL) THEN
    RAISE EXCEPTION 'EquityProjectEvent rows are append-only';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "EquityProjectEvent_append_only"
  BEFORE UPDATE ON "EquityProjectEvent"
  FOR EACH ROW EXECUTE FUNCTION "equity_project_event_append_only"();

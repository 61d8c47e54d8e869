-- CreateEnum
CREATE TYPE "PolicyTopic" AS ENUM ('FIRST_LOAN', 'RENEWAL', 'BRIDGE_LOAN', 'EQUITY', 'INCLUSIVE');

-- CreateEnum
CREATE TYPE "PolicyAudience" AS ENUM ('ENTERPRISE', 'PERSONAL');

-- DropIndex
DROP INDEX "Article_kind_status_publishedAt_idx";

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "cancelledAt" TIMESTAMP(3),
ADD COLUMN     "publishedAt" TIMESTAMP(3),
ALTER COLUMN "status" SET DEFAULT 'DRAFT';

-- AlterTable (existing rows: updatedAt from now, a missing 单位名称 becomes empty)
UPDATE "ActivityRegistration" SET "organization" = '' WHERE "organization" IS NULL;
ALTER TABLE "ActivityRegistration" ADD COLUMN     "cancelledByOrganizer" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "remark" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ALTER COLUMN "organization" SET NOT NULL;
ALTER TABLE "ActivityRegistration" ALTER COLUMN "updatedAt" DROP DEFAULT;

-- Published activities get their publication time
UPDATE "Activity" SET "publishedAt" = "createdAt" WHERE "status" = 'PUBLISHED';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "audiences" "PolicyAudience"[],
ADD COLUMN     "pinned" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "topics" "PolicyTopic"[],
ALTER COLUMN "status" SET DEFAULT 'DRAFT';

-- CreateTable
CREATE TABLE "ArticleAttachment" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ArticleAttachment_articleId_position_idx" ON "ArticleAttachment"("articleId", "position");

-- CreateIndex
CREATE INDEX "ActivityRegistration_activityId_status_createdAt_idx" ON "ActivityRegistration"("activityId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Article_kind_status_pinned_publishedAt_idx" ON "Article"("kind", "status", "pinned" DESC, "publishedAt" DESC);

-- AddForeignKey
ALTER TABLE "ArticleAttachment" ADD CONSTRAINT "ArticleAttachment_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Guards schema.prisma cannot express (named guard_*; tests/helpers/catalogue.ts lists them apart):
-- never more attendees booked than 限制人数, never fewer than none, 1–5 attendees per registration.
ALTER TABLE "Activity" ADD CONSTRAINT "guard_activity_places" CHECK ("registeredCount" >= 0 AND "registeredCount" <= "capacity");
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "guard_registration_attendees" CHECK ("attendees" BETWEEN 1 AND 5);

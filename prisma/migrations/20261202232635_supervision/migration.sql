-- CreateEnum
CREATE TYPE "ProductReviewStatus" AS ENUM ('PENDING', 'RETURNED');

-- CreateEnum
CREATE TYPE "StaffRole" AS ENUM ('MANAGER', 'CLERK');

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "reviewNote" TEXT,
ADD COLUMN     "reviewStatus" "ProductReviewStatus",
ADD COLUMN     "submittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMP(3),
ADD COLUMN     "disabledReason" TEXT,
ADD COLUMN     "mustChangePassword" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "staffRole" "StaffRole";

-- CreateIndex
CREATE INDEX "Product_reviewStatus_submittedAt_idx" ON "Product"("reviewStatus", "submittedAt");

-- Staff accounts that existed before roles within the institution keep managing it.
UPDATE "User" SET "staffRole" = 'MANAGER' WHERE "role" = 'STAFF' AND "staffRole" IS NULL;

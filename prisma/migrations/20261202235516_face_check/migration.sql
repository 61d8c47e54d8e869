-- AlterTable
ALTER TABLE "FaceVerification" ADD COLUMN     "reason" TEXT,
ADD COLUMN     "similarity" DOUBLE PRECISION,
ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "PersonalCertification" ADD COLUMN     "idPhotoBackFileId" TEXT;

-- CreateTable
CREATE TABLE "MockFaceSession" (
    "bizToken" TEXT NOT NULL,
    "ruleId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "idNumberHash" TEXT NOT NULL,
    "redirectUrl" TEXT NOT NULL,
    "result" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MockFaceSession_pkey" PRIMARY KEY ("bizToken")
);

-- CreateIndex
CREATE INDEX "MockFaceSession_createdAt_idx" ON "MockFaceSession"("createdAt");

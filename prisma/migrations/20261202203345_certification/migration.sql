-- AlterTable
ALTER TABLE "FaceVerification" ADD COLUMN     "expiresAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "usedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "UploadedFile" ADD COLUMN     "encrypted" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "CertificationAttempt" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "outcome" TEXT NOT NULL,
    "detail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CertificationAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CertificationAttempt_userId_kind_createdAt_idx" ON "CertificationAttempt"("userId", "kind", "createdAt");

-- AddForeignKey
ALTER TABLE "CertificationAttempt" ADD CONSTRAINT "CertificationAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Activity" ADD COLUMN     "coverAlt" TEXT,
ADD COLUMN     "coverFileId" TEXT;

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "coverAlt" TEXT,
ADD COLUMN     "coverFileId" TEXT;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_coverFileId_fkey" FOREIGN KEY ("coverFileId") REFERENCES "UploadedFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_coverFileId_fkey" FOREIGN KEY ("coverFileId") REFERENCES "UploadedFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Institution" ADD COLUMN     "logoFileId" TEXT;

-- AddForeignKey
ALTER TABLE "Institution" ADD CONSTRAINT "Institution_logoFileId_fkey" FOREIGN KEY ("logoFileId") REFERENCES "UploadedFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

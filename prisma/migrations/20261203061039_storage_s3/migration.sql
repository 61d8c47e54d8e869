-- AlterEnum
ALTER TYPE "FileStorage" ADD VALUE 'S3';

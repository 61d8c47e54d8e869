-- CreateEnum
CREATE TYPE "DisplayMode" AS ENUM ('STANDARD', 'CARE');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "displayMode" "DisplayMode";

-- CreateTable
CREATE TABLE "FormReply" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "form" TEXT NOT NULL,
    "payloadEnc" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FormReply_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FormReply_expiresAt_idx" ON "FormReply"("expiresAt");

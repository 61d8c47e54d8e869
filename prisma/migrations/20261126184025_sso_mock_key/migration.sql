-- CreateTable
CREATE TABLE "SsoMockKey" (
    "kid" TEXT NOT NULL,
    "privateJwkEnc" TEXT NOT NULL,
    "publicJwk" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoMockKey_pkey" PRIMARY KEY ("kid")
);

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('QINZHOU', 'MAIJI', 'QINAN', 'GANGU', 'WUSHAN', 'QINGSHUI', 'ZHANGJIACHUAN');

-- CreateEnum
CREATE TYPE "InstitutionType" AS ENUM ('BANK', 'FUND', 'EXCHANGE', 'IP_SERVICE', 'MICRO_LOAN', 'GUARANTEE', 'INSURANCE');

-- CreateEnum
CREATE TYPE "ProductTag" AS ENUM ('INCLUSIVE', 'TRANSACTION');

-- CreateEnum
CREATE TYPE "ProductCategory" AS ENUM ('PERSONAL', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "LoanMethod" AS ENUM ('CREDIT', 'PLEDGE', 'MORTGAGE', 'GUARANTEE');

-- CreateEnum
CREATE TYPE "PublishStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PERSONAL', 'ENTERPRISE', 'STAFF', 'ADMIN');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "CertificationStatus" AS ENUM ('UNVERIFIED', 'PENDING', 'VERIFIED', 'FAILED');

-- CreateEnum
CREATE TYPE "CertificationMethod" AS ENUM ('FORM', 'SSO', 'REGISTRY');

-- CreateEnum
CREATE TYPE "Agreement" AS ENUM ('PLATFORM_SERVICE', 'USER_AUTHORIZATION');

-- CreateEnum
CREATE TYPE "SmsPurpose" AS ENUM ('REGISTER', 'LOGIN', 'CHANGE_PHONE', 'CERTIFY', 'RESET_PASSWORD');

-- CreateEnum
CREATE TYPE "SmsStatus" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateEnum
CREATE TYPE "SsoIdentityKind" AS ENUM ('PERSON', 'LEGAL_REP');

-- CreateEnum
CREATE TYPE "ApplicationKind" AS ENUM ('NORMAL', 'FIRST_LOAN', 'RENEWAL', 'BRIDGE');

-- CreateEnum
CREATE TYPE "ApplicantType" AS ENUM ('PERSONAL', 'ENTERPRISE');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('SUBMITTED', 'ACCEPTED', 'APPROVED', 'DISBURSED', 'REJECTED', 'RETURNED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "LoanPurpose" AS ENUM ('WORKING_CAPITAL', 'EQUIPMENT', 'EXPANSION', 'AGRICULTURE', 'HOUSING', 'EDUCATION', 'CONSUMPTION', 'OTHER');

-- CreateEnum
CREATE TYPE "DemandMethod" AS ENUM ('ANY', 'CREDIT', 'MORTGAGE', 'PLEDGE', 'GUARANTEE');

-- CreateEnum
CREATE TYPE "DemandStatus" AS ENUM ('OPEN', 'IN_PROGRESS', 'MATCHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "EquityProjectStatus" AS ENUM ('PENDING_REVIEW', 'PUBLISHED', 'REJECTED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "MeetingStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'DONE');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('REGISTERED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ArticleKind" AS ENUM ('POLICY', 'NEWS');

-- CreateEnum
CREATE TYPE "FileVisibility" AS ENUM ('PRIVATE', 'PUBLIC', 'FUND_INSTITUTIONS');

-- CreateEnum
CREATE TYPE "FileStorage" AS ENUM ('LOCAL', 'UPLOADTHING');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "name" TEXT,
    "institutionId" TEXT,
    "ssoSubject" TEXT,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "passwordChangedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "region" "Region",
    "industry" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterpriseProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonalCertification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "CertificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "method" "CertificationMethod" NOT NULL DEFAULT 'FORM',
    "realName" TEXT,
    "idNumberEnc" TEXT,
    "idNumberHash" TEXT,
    "phone" TEXT,
    "idPhotoFileId" TEXT,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "failureReason" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PersonalCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnterpriseCertification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "CertificationStatus" NOT NULL DEFAULT 'UNVERIFIED',
    "method" "CertificationMethod" NOT NULL DEFAULT 'REGISTRY',
    "enterpriseName" TEXT,
    "legalRepName" TEXT,
    "legalRepIdEnc" TEXT,
    "legalRepIdHash" TEXT,
    "uscc" TEXT,
    "failedAttempts" INTEGER NOT NULL DEFAULT 0,
    "failureReason" TEXT,
    "verifiedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnterpriseCertification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistryEnterprise" (
    "uscc" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalRepName" TEXT NOT NULL,
    "legalRepIdHash" TEXT NOT NULL,
    "region" "Region",
    "industry" TEXT,
    "establishedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistryEnterprise_pkey" PRIMARY KEY ("uscc")
);

-- CreateTable
CREATE TABLE "FaceVerification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "bizToken" TEXT NOT NULL,
    "status" "CertificationStatus" NOT NULL DEFAULT 'PENDING',
    "provider" TEXT NOT NULL,
    "result" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "FaceVerification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "agreement" "Agreement" NOT NULL,
    "version" TEXT NOT NULL,
    "acceptedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "context" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsCode" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "purpose" "SmsPurpose" NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SmsCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SmsOutbox" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "status" "SmsStatus" NOT NULL DEFAULT 'QUEUED',
    "provider" TEXT NOT NULL,
    "providerMessageId" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "SmsOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "points" INTEGER NOT NULL,
    "expire" TIMESTAMP(3),

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,
    "detail" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoMockIdentity" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "username" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "idNumberEnc" TEXT NOT NULL,
    "kind" "SsoIdentityKind" NOT NULL,
    "enterpriseName" TEXT,
    "uscc" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoMockIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SsoMockCode" (
    "code" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "redirectUri" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "nonce" TEXT,
    "codeChallenge" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SsoMockCode_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Institution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "type" "InstitutionType" NOT NULL,
    "serviceRegions" "Region"[],
    "description" TEXT,
    "contactPhone" TEXT,
    "address" TEXT,
    "website" TEXT,
    "logoText" TEXT,
    "isBridgeLoanProvider" BOOLEAN NOT NULL DEFAULT false,
    "sortWeight" INTEGER NOT NULL DEFAULT 0,
    "status" "PublishStatus" NOT NULL DEFAULT 'PUBLISHED',
    "foundedOn" DATE,
    "managedScale" DECIMAL(14,2),
    "investmentFields" TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Institution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Product" (
    "id" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "institutionType" "InstitutionType" NOT NULL,
    "name" TEXT NOT NULL,
    "tags" "ProductTag"[],
    "isFirstLoan" BOOLEAN NOT NULL DEFAULT false,
    "isRenewal" BOOLEAN NOT NULL DEFAULT false,
    "category" "ProductCategory" NOT NULL,
    "methods" "LoanMethod"[],
    "minRate" DECIMAL(7,4) NOT NULL,
    "maxAmount" DECIMAL(14,2) NOT NULL,
    "maxTermMonths" INTEGER NOT NULL,
    "regions" "Region"[],
    "applicableArea" TEXT NOT NULL,
    "highlights" TEXT NOT NULL,
    "introduction" TEXT NOT NULL,
    "repaymentMethod" TEXT NOT NULL,
    "prepayment" TEXT NOT NULL,
    "ageRequirement" TEXT,
    "businessRequirement" TEXT,
    "workRequirement" TEXT,
    "assetRequirement" TEXT,
    "incomeRequirement" TEXT,
    "requiredMaterials" TEXT,
    "featuredWeight" INTEGER NOT NULL DEFAULT 0,
    "status" "PublishStatus" NOT NULL DEFAULT 'PUBLISHED',
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoanApplication" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "idempotencyKey" TEXT,
    "kind" "ApplicationKind" NOT NULL DEFAULT 'NORMAL',
    "applicantId" TEXT NOT NULL,
    "applicantType" "ApplicantType" NOT NULL,
    "productId" TEXT,
    "institutionId" TEXT,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'SUBMITTED',
    "amount" DECIMAL(14,2) NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "purpose" "LoanPurpose",
    "applicantName" TEXT,
    "idNumberEnc" TEXT,
    "applicantPhone" TEXT,
    "enterpriseName" TEXT,
    "uscc" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "gender" "Gender",
    "annualIncomeEnc" TEXT,
    "currentLoanTotal" DECIMAL(14,2),
    "hasEnforcement" BOOLEAN,
    "hasOverdue" BOOLEAN,
    "firstLoanDeclared" BOOLEAN NOT NULL DEFAULT false,
    "dueDate" DATE,
    "loanMethod" "LoanMethod",
    "loanRate" DECIMAL(7,4),
    "originalInstitutionId" TEXT,
    "acceptOtherInstitutions" BOOLEAN NOT NULL DEFAULT false,
    "region" "Region",
    "bridgeAmount" DECIMAL(14,2),
    "bridgeDays" INTEGER,
    "approvedAmount" DECIMAL(14,2),
    "disbursedAmount" DECIMAL(14,2),
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoanApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationStatusChange" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "actorId" TEXT,
    "actorRole" "Role",
    "comment" TEXT,
    "amount" DECIMAL(14,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ApplicationStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FinancingDemand" (
    "id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "applicantType" "ApplicantType" NOT NULL,
    "isFirstLoan" BOOLEAN NOT NULL DEFAULT false,
    "amount" DECIMAL(14,2) NOT NULL,
    "termMonths" INTEGER NOT NULL,
    "purpose" TEXT NOT NULL,
    "method" "DemandMethod" NOT NULL,
    "rateFrom" DECIMAL(7,4) NOT NULL,
    "rateTo" DECIMAL(7,4) NOT NULL,
    "anyInstitution" BOOLEAN NOT NULL DEFAULT true,
    "region" "Region" NOT NULL,
    "realName" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "phone" TEXT NOT NULL,
    "enterpriseName" TEXT,
    "status" "DemandStatus" NOT NULL DEFAULT 'OPEN',
    "takenByInstitutionId" TEXT,
    "matchedAmount" DECIMAL(14,2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FinancingDemand_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DemandInstitution" (
    "demandId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,

    CONSTRAINT "DemandInstitution_pkey" PRIMARY KEY ("demandId","institutionId")
);

-- CreateTable
CREATE TABLE "DemandStatusChange" (
    "id" TEXT NOT NULL,
    "demandId" TEXT NOT NULL,
    "fromStatus" "DemandStatus",
    "toStatus" "DemandStatus" NOT NULL,
    "actorId" TEXT,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DemandStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EquityProject" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "industry" TEXT,
    "introduction" TEXT NOT NULL,
    "financingNeeds" TEXT NOT NULL,
    "coreStrengths" TEXT NOT NULL,
    "businessPlanFileId" TEXT,
    "imageFileId" TEXT,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "enterpriseName" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "status" "EquityProjectStatus" NOT NULL DEFAULT 'PENDING_REVIEW',
    "reviewComment" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EquityProject_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRequest" (
    "id" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "projectId" TEXT,
    "institutionId" TEXT,
    "contactName" TEXT NOT NULL,
    "contactPhone" TEXT NOT NULL,
    "status" "MeetingStatus" NOT NULL DEFAULT 'PENDING',
    "reply" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MeetingRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "organizer" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "startAt" TIMESTAMP(3) NOT NULL,
    "endAt" TIMESTAMP(3),
    "registrationDeadline" TIMESTAMP(3) NOT NULL,
    "capacity" INTEGER NOT NULL,
    "registeredCount" INTEGER NOT NULL DEFAULT 0,
    "status" "PublishStatus" NOT NULL DEFAULT 'PUBLISHED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityRegistration" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "organization" TEXT,
    "attendees" INTEGER NOT NULL DEFAULT 1,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'REGISTERED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "ActivityRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Article" (
    "id" TEXT NOT NULL,
    "kind" "ArticleKind" NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "source" TEXT,
    "status" "PublishStatus" NOT NULL DEFAULT 'PUBLISHED',
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Article_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consultation" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "productId" TEXT,
    "institutionId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT,
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Message" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UploadedFile" (
    "id" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "visibility" "FileVisibility" NOT NULL DEFAULT 'PRIVATE',
    "storage" "FileStorage" NOT NULL DEFAULT 'LOCAL',
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UploadedFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");

-- CreateIndex
CREATE UNIQUE INDEX "User_ssoSubject_key" ON "User"("ssoSubject");

-- CreateIndex
CREATE INDEX "User_institutionId_idx" ON "User"("institutionId");

-- CreateIndex
CREATE INDEX "User_role_createdAt_idx" ON "User"("role", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseProfile_userId_key" ON "EnterpriseProfile"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseProfile_uscc_key" ON "EnterpriseProfile"("uscc");

-- CreateIndex
CREATE UNIQUE INDEX "PersonalCertification_userId_key" ON "PersonalCertification"("userId");

-- CreateIndex
CREATE INDEX "PersonalCertification_idNumberHash_idx" ON "PersonalCertification"("idNumberHash");

-- CreateIndex
CREATE UNIQUE INDEX "EnterpriseCertification_userId_key" ON "EnterpriseCertification"("userId");

-- CreateIndex
CREATE INDEX "EnterpriseCertification_uscc_idx" ON "EnterpriseCertification"("uscc");

-- CreateIndex
CREATE UNIQUE INDEX "FaceVerification_bizToken_key" ON "FaceVerification"("bizToken");

-- CreateIndex
CREATE INDEX "FaceVerification_userId_createdAt_idx" ON "FaceVerification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Session_userId_revokedAt_idx" ON "Session"("userId", "revokedAt");

-- CreateIndex
CREATE INDEX "Consent_userId_agreement_acceptedAt_idx" ON "Consent"("userId", "agreement", "acceptedAt");

-- CreateIndex
CREATE INDEX "SmsCode_phone_purpose_createdAt_idx" ON "SmsCode"("phone", "purpose", "createdAt");

-- CreateIndex
CREATE INDEX "SmsCode_phone_createdAt_idx" ON "SmsCode"("phone", "createdAt");

-- CreateIndex
CREATE INDEX "SmsOutbox_createdAt_idx" ON "SmsOutbox"("createdAt");

-- CreateIndex
CREATE INDEX "SmsOutbox_phone_createdAt_idx" ON "SmsOutbox"("phone", "createdAt");

-- CreateIndex
CREATE INDEX "RateLimit_expire_idx" ON "RateLimit"("expire");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_targetType_targetId_idx" ON "AuditLog"("targetType", "targetId");

-- CreateIndex
CREATE UNIQUE INDEX "SsoMockIdentity_subject_key" ON "SsoMockIdentity"("subject");

-- CreateIndex
CREATE UNIQUE INDEX "SsoMockIdentity_username_key" ON "SsoMockIdentity"("username");

-- CreateIndex
CREATE UNIQUE INDEX "Institution_name_key" ON "Institution"("name");

-- CreateIndex
CREATE INDEX "Institution_type_status_idx" ON "Institution"("type", "status");

-- CreateIndex
CREATE INDEX "Product_status_publishedAt_idx" ON "Product"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Product_status_minRate_idx" ON "Product"("status", "minRate");

-- CreateIndex
CREATE INDEX "Product_status_maxAmount_idx" ON "Product"("status", "maxAmount" DESC);

-- CreateIndex
CREATE INDEX "Product_status_featuredWeight_publishedAt_idx" ON "Product"("status", "featuredWeight" DESC, "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Product_institutionId_status_idx" ON "Product"("institutionId", "status");

-- CreateIndex
CREATE INDEX "Product_institutionType_status_idx" ON "Product"("institutionType", "status");

-- CreateIndex
CREATE INDEX "Product_methods_idx" ON "Product" USING GIN ("methods");

-- CreateIndex
CREATE INDEX "Product_regions_idx" ON "Product" USING GIN ("regions");

-- CreateIndex
CREATE INDEX "Product_tags_idx" ON "Product" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "LoanApplication_number_key" ON "LoanApplication"("number");

-- CreateIndex
CREATE UNIQUE INDEX "LoanApplication_idempotencyKey_key" ON "LoanApplication"("idempotencyKey");

-- CreateIndex
CREATE INDEX "LoanApplication_applicantId_submittedAt_idx" ON "LoanApplication"("applicantId", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "LoanApplication_applicantId_status_idx" ON "LoanApplication"("applicantId", "status");

-- CreateIndex
CREATE INDEX "LoanApplication_institutionId_status_submittedAt_idx" ON "LoanApplication"("institutionId", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "LoanApplication_institutionId_kind_submittedAt_idx" ON "LoanApplication"("institutionId", "kind", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "LoanApplication_productId_status_idx" ON "LoanApplication"("productId", "status");

-- CreateIndex
CREATE INDEX "LoanApplication_kind_status_submittedAt_idx" ON "LoanApplication"("kind", "status", "submittedAt" DESC);

-- CreateIndex
CREATE INDEX "ApplicationStatusChange_applicationId_createdAt_idx" ON "ApplicationStatusChange"("applicationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "FinancingDemand_number_key" ON "FinancingDemand"("number");

-- CreateIndex
CREATE INDEX "FinancingDemand_userId_createdAt_idx" ON "FinancingDemand"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "FinancingDemand_status_createdAt_idx" ON "FinancingDemand"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "FinancingDemand_takenByInstitutionId_status_idx" ON "FinancingDemand"("takenByInstitutionId", "status");

-- CreateIndex
CREATE INDEX "DemandInstitution_institutionId_idx" ON "DemandInstitution"("institutionId");

-- CreateIndex
CREATE INDEX "DemandStatusChange_demandId_createdAt_idx" ON "DemandStatusChange"("demandId", "createdAt");

-- CreateIndex
CREATE INDEX "EquityProject_status_publishedAt_idx" ON "EquityProject"("status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "EquityProject_ownerId_createdAt_idx" ON "EquityProject"("ownerId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "MeetingRequest_requesterId_createdAt_idx" ON "MeetingRequest"("requesterId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "MeetingRequest_projectId_status_idx" ON "MeetingRequest"("projectId", "status");

-- CreateIndex
CREATE INDEX "MeetingRequest_institutionId_status_idx" ON "MeetingRequest"("institutionId", "status");

-- CreateIndex
CREATE INDEX "Activity_status_startAt_idx" ON "Activity"("status", "startAt" DESC);

-- CreateIndex
CREATE INDEX "ActivityRegistration_userId_createdAt_idx" ON "ActivityRegistration"("userId", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ActivityRegistration_activityId_userId_key" ON "ActivityRegistration"("activityId", "userId");

-- CreateIndex
CREATE INDEX "Article_kind_status_publishedAt_idx" ON "Article"("kind", "status", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Consultation_userId_createdAt_idx" ON "Consultation"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Consultation_institutionId_answeredAt_createdAt_idx" ON "Consultation"("institutionId", "answeredAt", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Consultation_productId_createdAt_idx" ON "Consultation"("productId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Message_userId_createdAt_idx" ON "Message"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Message_userId_readAt_idx" ON "Message"("userId", "readAt");

-- CreateIndex
CREATE UNIQUE INDEX "UploadedFile_storageKey_key" ON "UploadedFile"("storageKey");

-- CreateIndex
CREATE INDEX "UploadedFile_ownerId_createdAt_idx" ON "UploadedFile"("ownerId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseProfile" ADD CONSTRAINT "EnterpriseProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonalCertification" ADD CONSTRAINT "PersonalCertification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnterpriseCertification" ADD CONSTRAINT "EnterpriseCertification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FaceVerification" ADD CONSTRAINT "FaceVerification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Product" ADD CONSTRAINT "Product_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_applicantId_fkey" FOREIGN KEY ("applicantId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LoanApplication" ADD CONSTRAINT "LoanApplication_originalInstitutionId_fkey" FOREIGN KEY ("originalInstitutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "LoanApplication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationStatusChange" ADD CONSTRAINT "ApplicationStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingDemand" ADD CONSTRAINT "FinancingDemand_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FinancingDemand" ADD CONSTRAINT "FinancingDemand_takenByInstitutionId_fkey" FOREIGN KEY ("takenByInstitutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandInstitution" ADD CONSTRAINT "DemandInstitution_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "FinancingDemand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandInstitution" ADD CONSTRAINT "DemandInstitution_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandStatusChange" ADD CONSTRAINT "DemandStatusChange_demandId_fkey" FOREIGN KEY ("demandId") REFERENCES "FinancingDemand"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DemandStatusChange" ADD CONSTRAINT "DemandStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityProject" ADD CONSTRAINT "EquityProject_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityProject" ADD CONSTRAINT "EquityProject_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityProject" ADD CONSTRAINT "EquityProject_businessPlanFileId_fkey" FOREIGN KEY ("businessPlanFileId") REFERENCES "UploadedFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EquityProject" ADD CONSTRAINT "EquityProject_imageFileId_fkey" FOREIGN KEY ("imageFileId") REFERENCES "UploadedFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_requesterId_fkey" FOREIGN KEY ("requesterId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "EquityProject"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "Activity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityRegistration" ADD CONSTRAINT "ActivityRegistration_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Message" ADD CONSTRAINT "Message_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UploadedFile" ADD CONSTRAINT "UploadedFile_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

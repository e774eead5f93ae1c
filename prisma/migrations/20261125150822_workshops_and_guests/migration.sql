-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "lockedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "isGuest" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "DebateJoinCode" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "debateId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "DebateJoinCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GuestGrant" (
    "id" UUID NOT NULL,
    "workspaceId" UUID NOT NULL,
    "debateId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "joinCodeId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "GuestGrant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DebateJoinCode_code_key" ON "DebateJoinCode"("code");

-- CreateIndex
CREATE INDEX "DebateJoinCode_debateId_idx" ON "DebateJoinCode"("debateId");

-- CreateIndex
CREATE UNIQUE INDEX "GuestGrant_userId_key" ON "GuestGrant"("userId");

-- CreateIndex
CREATE INDEX "GuestGrant_debateId_idx" ON "GuestGrant"("debateId");

-- AddForeignKey
ALTER TABLE "DebateJoinCode" ADD CONSTRAINT "DebateJoinCode_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DebateJoinCode" ADD CONSTRAINT "DebateJoinCode_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestGrant" ADD CONSTRAINT "GuestGrant_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestGrant" ADD CONSTRAINT "GuestGrant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GuestGrant" ADD CONSTRAINT "GuestGrant_joinCodeId_fkey" FOREIGN KEY ("joinCodeId") REFERENCES "DebateJoinCode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

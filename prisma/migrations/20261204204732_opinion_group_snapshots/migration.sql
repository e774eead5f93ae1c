-- AlterTable
ALTER TABLE "Debate" ADD COLUMN     "guestsSeeGroups" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "DecisionObjection" ADD COLUMN     "groupSplit" JSONB;

-- CreateTable
CREATE TABLE "OpinionGroupSnapshot" (
    "debateId" UUID NOT NULL,
    "result" JSONB NOT NULL,
    "assignment" JSONB NOT NULL DEFAULT '{}',
    "lastVoteEventId" BIGINT NOT NULL DEFAULT 0,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpinionGroupSnapshot_pkey" PRIMARY KEY ("debateId")
);

-- AddForeignKey
ALTER TABLE "OpinionGroupSnapshot" ADD CONSTRAINT "OpinionGroupSnapshot_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate"("id") ON DELETE CASCADE ON UPDATE CASCADE;

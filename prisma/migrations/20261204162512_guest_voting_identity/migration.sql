-- AlterTable
ALTER TABLE "DebateJoinCode" ADD COLUMN     "expiresAt" TIMESTAMP(3),
ADD COLUMN     "maxGuests" INTEGER;

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "guestsMayVote" BOOLEAN NOT NULL DEFAULT false;

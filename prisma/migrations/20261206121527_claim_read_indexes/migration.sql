-- Whole-debate reads: Claim's (debateId) index duplicated the unique
-- (debateId, number) one, and reads by debate took it and then sorted by
-- number; the revision counts by claim read every revision row of the
-- debate from the table, where (debateId, claimId) answers from the index.

-- DropIndex
DROP INDEX "Claim_debateId_idx";

-- DropIndex
DROP INDEX "ClaimRevision_debateId_idx";

-- CreateIndex
CREATE INDEX "ClaimRevision_debateId_claimId_idx" ON "ClaimRevision"("debateId", "claimId");

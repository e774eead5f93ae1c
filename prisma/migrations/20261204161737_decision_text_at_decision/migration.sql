-- A decision keeps the text of its premises and of its proposal as they were
-- when it was recorded. Existing decisions are backfilled from the current
-- text: the best record there is of what they rested on.

-- AlterTable
ALTER TABLE "Decision" ADD COLUMN     "proposalTextAtDecision" TEXT,
ADD COLUMN     "proposalTitleAtDecision" TEXT;

UPDATE "Decision" AS d
SET "proposalTitleAtDecision" = p."title", "proposalTextAtDecision" = c."body"
FROM "Proposal" AS p
JOIN "Claim" AS c ON c."id" = p."claimId"
WHERE d."proposalId" = p."id";

-- AlterTable
ALTER TABLE "DecisionPremise" ADD COLUMN     "textAtDecision" TEXT;

UPDATE "DecisionPremise" AS dp
SET "textAtDecision" = c."body"
FROM "Claim" AS c
WHERE dp."claimId" = c."id";

ALTER TABLE "DecisionPremise" ALTER COLUMN "textAtDecision" SET NOT NULL;

-- Proposal claims become kind proposal, in a migration of their own because
-- a new enum value cannot be used in the transaction that adds it
UPDATE "Claim" SET "kind" = 'proposal' WHERE "id" IN (SELECT "claimId" FROM "Proposal") AND "kind" = 'position';

-- Full-text search over claims: a generated tsvector of the current text,
-- kept up to date by PostgreSQL itself, and a GIN index over it.
ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, body)) STORED;

CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");

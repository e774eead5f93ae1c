-- AlterTable: added without a default first, so the events that exist
-- already keep a null transaction instead of all getting this migration's.
ALTER TABLE "Event" ADD COLUMN     "txid" BIGINT;
ALTER TABLE "Event" ALTER COLUMN "txid" SET DEFAULT (pg_current_xact_id())::text::bigint;

-- CreateTable
CREATE TABLE "DebateRowHistory" (
    "id" BIGSERIAL NOT NULL,
    "debateId" UUID NOT NULL,
    "tableName" TEXT NOT NULL,
    "rowId" UUID NOT NULL,
    "txid" BIGINT,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "row" JSONB,

    CONSTRAINT "DebateRowHistory_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DebateRowHistory_debateId_tableName_rowId_id_idx" ON "DebateRowHistory"("debateId", "tableName", "rowId", "id");

-- CreateIndex
CREATE INDEX "Event_txid_idx" ON "Event"("txid");

-- Time travel: each insert, update and delete of a debate's mutable rows
-- appends the row's new state (or a tombstone) with the writing transaction.
-- Triggers rather than service code, so every write path (services, imports,
-- raw SQL, cascades) is recorded, now and later.
CREATE FUNCTION steelman_record_debate_row() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  written jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
  debate_id uuid := COALESCE(written->>'debateId', written->>'id')::uuid;
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'Debate' THEN
    DELETE FROM "DebateRowHistory" WHERE "debateId" = debate_id;
    RETURN NULL;
  END IF;
  -- Rows removed with their debate leave no tombstones behind.
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM "Debate" WHERE id = debate_id) THEN
    RETURN NULL;
  END IF;
  INSERT INTO "DebateRowHistory" ("debateId", "tableName", "rowId", "txid", "recordedAt", "row")
  VALUES (
    debate_id,
    TG_TABLE_NAME,
    (written->>'id')::uuid,
    (pg_current_xact_id())::text::bigint,
    now(),
    CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE written - 'searchVector' END
  );
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  table_name text;
BEGIN
  FOREACH table_name IN ARRAY ARRAY['Debate', 'Claim', 'ClaimRevision', 'ClaimLink', 'Resolution', 'ClaimVote'] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION steelman_record_debate_row()',
      table_name || '_history_write', table_name);
    EXECUTE format(
      'CREATE TRIGGER %I AFTER UPDATE ON %I FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION steelman_record_debate_row()',
      table_name || '_history_update', table_name);
  END LOOP;
END;
$$;

-- Back-fill: the rows that exist already, placed by their own dates (txid
-- null). What is approximate for this older data: a claim's text follows its
-- revisions, and a reopened resolution is in force from resolvedAt until
-- reopenedAt, but moderation, parking, locks, vote changes and debate phase
-- show their current state from the row's creation on.
INSERT INTO "DebateRowHistory" ("debateId", "tableName", "rowId", "txid", "recordedAt", "row")
SELECT "debateId", "tableName", "rowId", NULL, "recordedAt", "row"
FROM (
  SELECT d.id AS "debateId", 'Debate' AS "tableName", d.id AS "rowId", d."createdAt" AS "recordedAt", to_jsonb(d) AS "row"
  FROM "Debate" d
  UNION ALL
  SELECT c."debateId", 'Claim', c.id, r."createdAt",
         jsonb_set(to_jsonb(c) - 'searchVector', '{body}', to_jsonb(r.body))
  FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c.id
  UNION ALL
  SELECT c."debateId", 'Claim', c.id, c."createdAt", to_jsonb(c) - 'searchVector'
  FROM "Claim" c WHERE NOT EXISTS (SELECT 1 FROM "ClaimRevision" r WHERE r."claimId" = c.id)
  UNION ALL
  SELECT r."debateId", 'ClaimRevision', r.id, r."createdAt", to_jsonb(r) FROM "ClaimRevision" r
  UNION ALL
  SELECT l."debateId", 'ClaimLink', l.id, l."createdAt", to_jsonb(l) FROM "ClaimLink" l
  UNION ALL
  SELECT r."debateId", 'Resolution', r.id, r."resolvedAt",
         to_jsonb(r) || '{"reopenedAt": null, "reopenedById": null}'::jsonb
  FROM "Resolution" r
  UNION ALL
  SELECT r."debateId", 'Resolution', r.id, r."reopenedAt", to_jsonb(r)
  FROM "Resolution" r WHERE r."reopenedAt" IS NOT NULL
  UNION ALL
  SELECT v."debateId", 'ClaimVote', v.id, v."createdAt", to_jsonb(v) FROM "ClaimVote" v
) AS existing
ORDER BY "recordedAt";

// Whether a claim sits in a locked thread: then it takes no new replies.
import type { Db } from "../../db.ts";

/** Whether the claim, or any claim above it in the outline, is locked. */
export async function isInLockedThread(tx: Db, claimId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ locked: boolean }[]>`
    WITH RECURSIVE chain AS (
      SELECT "id", "targetId", "lockedAt", 0 AS depth FROM "Claim" WHERE "id" = ${claimId}::uuid
      UNION ALL
      SELECT c."id", c."targetId", c."lockedAt", chain.depth + 1 FROM "Claim" c JOIN chain ON c."id" = chain."targetId"
      WHERE chain.depth < 10000
    )
    SELECT EXISTS (SELECT 1 FROM chain WHERE "lockedAt" IS NOT NULL) AS locked`;
  return rows[0]?.locked ?? false;
}

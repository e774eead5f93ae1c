// A repeated post (the same idempotency key: a double click, a retried
// request) answers with the claim the first one posted, as it was posted:
// its first revision's text, not a later edit.
import superjson from "superjson";
import type { Db } from "../../db.ts";
import { DomainError } from "../../domain/domain-error.ts";
import { type IdempotencyKeyRow, readStoredResult } from "../idempotency/idempotent-create.ts";
import type { InsertedClaim } from "./insert-claim.ts";

export async function firstPostedClaim(db: Db, key: IdempotencyKeyRow): Promise<InsertedClaim> {
  const stored = await readStoredResult(db, key);
  const claimId =
    stored && typeof stored === "object" && !Array.isArray(stored) ? stored.claimId : undefined;
  if (typeof claimId !== "string") {
    // Stored whole, in superjson's form, before keys named the claim (5 December 2026).
    return superjson.deserialize(stored as unknown as Parameters<typeof superjson.deserialize>[0]);
  }
  const [claim] = await db.$queryRaw<InsertedClaim[]>`
    SELECT c."id"::text AS "id", c."number", c."kind"::text AS "kind",
           c."targetId"::text AS "targetId", r."body", c."createdAt"
    FROM "Claim" c JOIN "ClaimRevision" r ON r."claimId" = c."id" AND r."revision" = 1
    WHERE c."id" = ${claimId}::uuid`;
  if (!claim) {
    throw new DomainError("NOT_FOUND", "The claim this form already posted no longer exists.");
  }
  return claim;
}

// The few claims one live event changed, in full (their authors, imports and
// target numbers, their resolutions in force, their revision counts), in one
// statement. Through Prisma's relation selects this was ten statements per
// event, four of them for relations with nothing in them; on this machine
// each statement cost the API ~0.3 ms of its thread, and every API
// instance reads this once for every event.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import type { ModerationState } from "../../domain/argument/index.ts";
import type { ClaimKind } from "../../domain/vocabulary.ts";
import { sqlRows, uuidArray } from "../../sql-rows.ts";
import type { GraphClaimRow } from "./debate-claim-rows.ts";
import { type GraphResolution, importBatchOf } from "./debate-graph.ts";
import {
  importOf,
  type Json,
  jsonList,
  person,
  resolutionsFromJson,
  resolutionsJson,
  revisionCountsFromJson,
  revisionCountsJson,
  str,
  strOrNull,
  utc,
  utcOrNull,
} from "./row-json.ts";

type ChangedRow = Record<"claims" | "resolutions" | "revisions", Json[][] | string>;

export type ChangedClaimRows = {
  rows: GraphClaimRow[];
  resolutions: GraphResolution[];
  revisionCounts: Map<string, number>;
};

/** These claims of the debate (ids of other debates are left out). */
export async function loadChangedClaimRows(
  db: Db,
  debateId: string,
  claimIds: readonly string[],
): Promise<ChangedClaimRows> {
  if (claimIds.length === 0) return { rows: [], resolutions: [], revisionCounts: new Map() };
  const debate = Prisma.sql`${debateId}::uuid`;
  const ids = uuidArray(claimIds);
  const [row] = await sqlRows<ChangedRow>(
    db,
    Prisma.sql`
    SELECT
      (SELECT coalesce(json_agg(json_build_array(c."id", c."number", c."kind", c."targetId",
          c."body", c."moderation", c."mergedIntoId", c."lockedAt", c."parkedAt",
          c."parkReason", c."createdAt", u."id", u."displayName", t."number",
          b."fileName", b."importedAt", b."importerId", b."importerName")), '[]')
        FROM "Claim" c CROSS JOIN LATERAL (${person(Prisma.sql`c."authorId"`)}) u
        LEFT JOIN "Claim" t ON t."id" = c."targetId"
        LEFT JOIN LATERAL (${importOf(Prisma.sql`c."importBatchId"`)}) b ON true
        WHERE c."debateId" = ${debate} AND c."id" = ANY(${ids})) AS "claims",
      ${resolutionsJson(Prisma.sql`r."debateId" = ${debate} AND r."claimId" = ANY(${ids})`)}
        AS "resolutions",
      ${revisionCountsJson(Prisma.sql`"debateId" = ${debate} AND "claimId" = ANY(${ids})`)}
        AS "revisions"`,
  );
  return {
    rows: jsonList(row?.claims).map(claimFromJson),
    resolutions: resolutionsFromJson(jsonList(row?.resolutions)),
    revisionCounts: revisionCountsFromJson(jsonList(row?.revisions)),
  };
}

/** A claim as `graphClaimSelect` gives it, from its positional array above. */
function claimFromJson(c: Json[]): GraphClaimRow {
  return {
    id: str(c[0]),
    number: c[1] as number,
    kind: c[2] as ClaimKind,
    targetId: strOrNull(c[3]),
    body: str(c[4]),
    moderation: c[5] as ModerationState,
    mergedIntoId: strOrNull(c[6]),
    lockedAt: utcOrNull(c[7]),
    parkedAt: utcOrNull(c[8]),
    parkReason: strOrNull(c[9]),
    createdAt: utc(c[10]),
    author: { id: str(c[11]), displayName: str(c[12]) },
    target: c[13] === null ? null : { number: c[13] as number },
    importBatch: importBatchOf(
      strOrNull(c[14]),
      utcOrNull(c[15]),
      strOrNull(c[16]),
      strOrNull(c[17]),
    ),
  };
}

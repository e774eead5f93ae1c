// A debate's shape without its words: for every claim what the status, the
// counts, thread locks and "who answers whom" need (no text, no people), with
// its links and the kinds of its resolutions in force, in one statement. A
// live delta reads this, and full rows only for the claims it changed
// (changed-claim-rows.ts): reading every claim with its author and text cost
// 40–200 ms per event in a 1,000-claim debate, and the shape in three
// statements cost each API instance ~0.3 ms of its thread per statement per
// event.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import type { ModerationState } from "../../domain/argument/index.ts";
import type { ClaimKind } from "../../domain/vocabulary.ts";
import { sqlRows } from "../../sql-rows.ts";
import { type ClaimNumbers, numberLinks, numberTarget } from "./claim-numbers.ts";
import type { GraphResolution } from "./debate-graph.ts";
import {
  type Json,
  jsonList,
  linkPairsFromJson,
  linksJson,
  str,
  strOrNull,
  utcOrNull,
} from "./row-json.ts";

type SkeletonRow = Record<"claims" | "links" | "resolutions", Json[][] | string>;

export async function loadDebateSkeleton(db: Db, debateId: string) {
  const debate = Prisma.sql`${debateId}::uuid`;
  const [row] = await sqlRows<SkeletonRow>(
    db,
    Prisma.sql`
    SELECT
      (SELECT coalesce(json_agg(json_build_array(c."id", c."number", c."kind", c."targetId",
          c."moderation", c."parkedAt", c."lockedAt", c."authorId") ORDER BY c."number"), '[]')
        FROM "Claim" c WHERE c."debateId" = ${debate}) AS "claims",
      ${linksJson(debate)} AS "links",
      (SELECT coalesce(json_agg(json_build_array(r."claimId", r."kind")), '[]')
        FROM "Resolution" r WHERE r."debateId" = ${debate} AND r."reopenedAt" IS NULL)
        AS "resolutions"`,
  );
  const claimRows = jsonList(row?.claims);
  // Targets and links numbered here, not by joining the claims again in the statement.
  const numbers: ClaimNumbers = new Map(claimRows.map((c) => [str(c[0]), c[1] as number]));
  // One object shape for every claim, as the full graph has it where the two meet.
  const claims = claimRows.map((c) => ({
    id: str(c[0]),
    number: c[1] as number,
    kind: c[2] as ClaimKind,
    targetId: strOrNull(c[3]),
    moderation: c[4] as ModerationState,
    parkedAt: utcOrNull(c[5]),
    lockedAt: utcOrNull(c[6]),
    target: numberTarget(strOrNull(c[3]), numbers),
    author: { id: str(c[7]) },
  }));
  const resolutions = jsonList(row?.resolutions).map(([claimId, kind]) => ({
    claimId: str(claimId),
    kind: kind as GraphResolution["kind"],
  }));
  const links = numberLinks(linkPairsFromJson(jsonList(row?.links)), numbers);
  return { claims, links, resolutions };
}

export type DebateSkeleton = Awaited<ReturnType<typeof loadDebateSkeleton>>;

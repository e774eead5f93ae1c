// Everything a live whole-debate read needs besides the claims, in one
// statement: the claims' authors and import batches, the links, the
// resolutions in force, the votes and the revision counts, each a JSON array
// of positional arrays. As six statements each cost a round trip and its
// share of the driver and the server, a fixed cost that outweighed the
// rows themselves in a debate of 100 claims.
import { Prisma } from "@steelman/db";
import type { Db } from "../../db.ts";
import type { Agreement } from "../../domain/vocabulary.ts";
import { sqlRows } from "../../sql-rows.ts";
import type { VoteRow } from "../votes/claim-votes.ts";
import type { BatchRow, Person } from "./debate-claim-rows.ts";
import {
  type Json,
  jsonList,
  linkPairsFromJson,
  linksJson,
  person,
  resolutionsFromJson,
  resolutionsJson,
  revisionCountsFromJson,
  revisionCountsJson,
  str,
  utc,
} from "./row-json.ts";

type SideRow = Record<
  "authors" | "batches" | "links" | "resolutions" | "votes" | "revisions",
  Json[][] | string
>;

const votesOf = (id: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(v."claimId", v."userId", v."agreement",
      v."impact")), '[]')
    FROM "ClaimVote" v WHERE v."debateId" = ${id})`;

/** With `tallies`, the votes and revision counts too (debate.get shows them; other readers do not). */
export async function loadDebateSideRows(db: Db, debateId: string, { tallies = true } = {}) {
  const id = Prisma.sql`${debateId}::uuid`;
  const none = Prisma.sql`'[]'::json`;
  const [row] = await sqlRows<SideRow>(
    db,
    Prisma.sql`
    SELECT
      (SELECT coalesce(json_agg(json_build_array(u."id", u."displayName")), '[]')
        FROM (SELECT DISTINCT "authorId" FROM "Claim" WHERE "debateId" = ${id}) a
        CROSS JOIN LATERAL (${person(Prisma.sql`a."authorId"`)}) u) AS "authors",
      (SELECT coalesce(json_agg(json_build_array(b."id", b."fileName", b."importedAt", u."id",
          u."displayName")), '[]')
        FROM "ImportBatch" b CROSS JOIN LATERAL (${person(Prisma.sql`b."importedById"`)}) u
        WHERE b."debateId" = ${id}) AS "batches",
      ${linksJson(id)} AS "links",
      ${resolutionsJson(Prisma.sql`r."debateId" = ${id}`)} AS "resolutions",
      ${tallies ? votesOf(id) : none} AS "votes",
      ${tallies ? revisionCountsJson(Prisma.sql`"debateId" = ${id}`) : none} AS "revisions"`,
  );
  const authors: Person[] = jsonList(row?.authors).map(([id, name]) => ({
    id: str(id),
    displayName: str(name),
  }));
  const batches: BatchRow[] = jsonList(row?.batches).map((b) => ({
    id: str(b[0]),
    fileName: str(b[1]),
    importedAt: utc(b[2]),
    importerId: str(b[3]),
    importerName: str(b[4]),
  }));
  const resolutions = resolutionsFromJson(jsonList(row?.resolutions));
  const votes: VoteRow[] = jsonList(row?.votes).map((v) => ({
    claimId: str(v[0]),
    userId: str(v[1]),
    agreement: v[2] as Agreement,
    impact: v[3] as number | null,
  }));
  const revisionCounts = revisionCountsFromJson(jsonList(row?.revisions));
  // Numbered from the claims by the caller (claim-numbers.ts).
  const linkPairs = linkPairsFromJson(jsonList(row?.links));
  return { authors, batches, linkPairs, resolutions, votes, revisionCounts };
}

// Full-text search over claims (PostgreSQL: the generated "searchVector" of
// each claim's current text, English stemming, websearch syntax so people
// can write "quoted phrases" and -exclusions), ranked, with highlights.
// Readers see what debate.get shows them: hidden claims only for
// facilitators, one debate only for its guests, no authors here at all.
import type { Db } from "../../db.ts";
import {
  type HighlightPiece,
  MATCH_END,
  MATCH_START,
  splitHighlight,
} from "../../domain/search/highlight.ts";

export const SEARCH_PAGE = 20;

export type ClaimHit = {
  claimId: string;
  number: number;
  kind: string;
  debateId: string;
  debateQuestion: string;
  fragment: HighlightPiece[];
};

export type SearchScope = {
  workspaceId: string;
  /** One debate, or every debate of the workspace. */
  debateId: string | null;
  /** Facilitators and owners also find hidden claims (they can read them). */
  includeHidden: boolean;
};

const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** One page of claims matching `query`, best first; `offset` is the page's cursor. */
export async function searchClaims(
  db: Db,
  scope: SearchScope,
  query: string,
  offset: number,
): Promise<{ hits: ClaimHit[]; nextCursor: string | null }> {
  const rows = await db.$queryRaw<(Omit<ClaimHit, "fragment"> & { fragment: string })[]>`
    SELECT c."id"::text AS "claimId", c."number", c."kind"::text AS "kind",
           c."debateId"::text AS "debateId", d."question" AS "debateQuestion",
           ts_headline('english', c."body", q.query, ${HEADLINE_OPTIONS}) AS "fragment"
    FROM "Claim" c
    JOIN "Debate" d ON d."id" = c."debateId",
         websearch_to_tsquery('english', ${query}) AS q(query)
    WHERE c."workspaceId" = ${scope.workspaceId}::uuid
      AND (${scope.debateId}::uuid IS NULL OR c."debateId" = ${scope.debateId}::uuid)
      AND (${scope.includeHidden} OR c."moderation" <> 'hidden')
      AND c."searchVector" @@ q.query
    ORDER BY ts_rank(c."searchVector", q.query) DESC, c."createdAt" DESC, c."id"
    LIMIT ${SEARCH_PAGE + 1} OFFSET ${offset}`;
  const more = rows.length > SEARCH_PAGE;
  return {
    hits: rows
      .slice(0, SEARCH_PAGE)
      .map((row) => ({ ...row, fragment: splitHighlight(row.fragment) })),
    nextCursor: more ? String(offset + SEARCH_PAGE) : null,
  };
}
